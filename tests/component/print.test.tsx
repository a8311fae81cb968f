import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createAppQueryClient } from '../../src/app/query-client';
import { GeoDataProvider } from '../../src/data/geo-data';
import { LAYER_IDS, type LayerId } from '../../src/data/layers';
import { loadLanguage } from '../../src/i18n/load-language';
import { parsePrintRequest } from '../../src/state/print-request';
import { createExplorerStore } from '../../src/state/store';
import { ExplorerStoreProvider } from '../../src/state/store-context';
import { parseUrlState } from '../../src/state/url-state';
import { storeStateFromUrl } from '../../src/state/url-sync';
import { PrintView } from '../../src/ui/print/PrintView';
import { fakePrintMap } from './fake-map-controller';
import { renderApp, stubFetch } from './render-app';

const DATA_URLS = Object.fromEntries(LAYER_IDS.map((id) => [id, `/data/geo/${id}.geojson`])) as Record<LayerId, string>;

/** Renders the print view for `url` (as `?print=…` would), with a fake print map and a counted print(). */
async function renderPrintView(url: string, map = fakePrintMap()) {
  window.history.replaceState(null, '', url);
  stubFetch();
  const { notices, ...state } = storeStateFromUrl(parseUrlState(window.location.search));
  const store = createExplorerStore({ ...state, notices });
  await loadLanguage(store.getState().language);
  const { request } = parsePrintRequest(window.location.search);
  if (!request) throw new Error(`${url} asks for no print view`);
  const print = vi.fn();
  render(
    <QueryClientProvider client={createAppQueryClient()}>
      <ExplorerStoreProvider store={store}>
        <GeoDataProvider urls={DATA_URLS}>
          <PrintView request={request} renderMap={map.render} print={print} />
        </GeoDataProvider>
      </ExplorerStoreProvider>
    </QueryClientProvider>,
  );
  await waitFor(() => expect(document.querySelector('.sheet, .sheet__nothing')).not.toBeNull());
  return { map, print, sheet: () => document.querySelector<HTMLElement>('.sheet')! };
}

/** The sheet's map image once the (fake) renderer has answered; jsdom loads no images, so its load is played. */
async function mapLoaded() {
  const image = await screen.findByRole('img', { name: /^Kart over|^Map of/ });
  act(() => fireEvent.load(image));
  return image;
}

describe('print view: site sheet', () => {
  it("shows a business area's facts, connection, actors, sources, dates and link back", async () => {
    const { sheet, map } = await renderPrintView('/?print=berger');
    await mapLoaded();
    const text = sheet().textContent!;
    expect(within(sheet()).getByRole('heading', { level: 1 })).toHaveTextContent('Berger');
    expect(text).toContain('Næringsområde · Eksisterende');
    expect(text).toContain('godsterminal og logistikkbygg');
    expect(text).toContain('Nesten fullt (per 2022)');
    expect(text).toContain('Gneisveien – Berger grustak (PLAN-20/00227)');
    expect(text).toContain('Leirsund stasjon');
    expect(text).toContain('Klasse C');
    // The class's reason is open on paper, where nobody can unfold it.
    expect(sheet().querySelector('details.class-explanation__why')).toHaveAttribute('open');
    expect(text).toContain('Forskning og helse innen 2 km');
    expect(text).toContain('± 1,5 km, uten kilde');
    expect(text).toContain('ne.no (2019)');
    expect(text).toMatch(/Laget \d+\. \w+ \d{4}/);
    expect(text).toMatch(/Data per \d+\. \w+ \d{4}/);
    expect(within(sheet()).getByRole('link', { name: 'http://localhost:3000/?feature=berger' })).toBeInTheDocument();
    expect(
      within(sheet()).getByRole('img', { name: 'QR-kode med lenke til Berger i utforskeren' }),
    ).toBeInTheDocument();
    expect(text).toContain('Bakgrunnskart: innebygd frakoblet kart');
    // The fake map is 10 m per CSS pixel and 718 px wide: the longest round length within a quarter of it is 1 km.
    expect(within(sheet()).getByRole('img', { name: 'Målestokk: 1 km' })).toBeInTheDocument();
    expect(within(sheet()).getByRole('img', { name: 'Nordpil: nord er opp' })).toBeInTheDocument();
    expect(sheet().querySelector('.sheet__hypothetical')).toBeNull();

    const [request] = map.requests;
    expect(request!.highlight).toEqual(['berger']);
    expect(request!.pixelRatio * 96).toBeGreaterThanOrEqual(200);
    // Rings only round the sheet's own hubs, and the frame holds the site and its nearest station.
    expect(new Set(request!.rings!.features.map((ring) => ring.properties?.hub_id))).toEqual(
      new Set(['leirsund-stasjon', 'skedsmokorset-buss']),
    );
    const [west, south, east, north] = request!.bounds;
    for (const [lon, lat] of [
      [11.07, 60.015],
      [11.08528, 60.00694],
    ])
      expect(lon! >= west && lon! <= east && lat! >= south && lat! <= north).toBe(true);
  });

  it('asks the browser to print once, and only once the map is on the sheet', async () => {
    const { print } = await renderPrintView('/?print=kjeller');
    await screen.findByRole('img', { name: /^Kart over/ });
    expect(print).not.toHaveBeenCalled();
    await mapLoaded();
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('says why the map is missing, and still prints, when it cannot be drawn', async () => {
    const { print, sheet } = await renderPrintView('/?print=kjeller', fakePrintMap({ fail: 'no WebGL' }));
    await waitFor(() => expect(sheet()).toHaveTextContent('Kartet kunne ikke tegnes: Error: no WebGL'));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('marks a sheet whose figures count a proposed stop', async () => {
    const { sheet } = await renderPrintView('/?print=kjeller&proposed=rail:11.04,59.975:Ny%20stasjon');
    expect(sheet().querySelector('.sheet__hypothetical')).toHaveTextContent(
      'Inkluderer hypotetiske stopp: Ny stasjon.',
    );
  });
});

describe('print view: comparison sheet', () => {
  it('shows the sites side by side in English and names the ids it could not use', async () => {
    const { sheet, map } = await renderPrintView('/?print=compare&sites=kjeller,no-such-site,strommen,kjeller&lang=en');
    await mapLoaded();
    expect([...sheet().querySelectorAll('.compare-table thead th')].map((cell) => cell.textContent)).toEqual([
      'Kjeller',
      'Strømmen',
    ]);
    expect(sheet()).toHaveTextContent('Site comparison');
    expect(sheet()).toHaveTextContent('Nearest rail station');
    expect(map.requests[0]!.highlight).toEqual(['kjeller', 'strommen']);
    const notices = document.querySelector<HTMLElement>('.notices')!;
    expect(notices).toHaveTextContent('No place «no-such-site» found from the address');
    expect(notices).toHaveTextContent('«kjeller» was left out');
    expect(
      within(sheet()).getByRole('link', { name: /\?lang=en&tab=compare&compare=kjeller,strommen$/ }),
    ).toBeInTheDocument();
  });

  it('names each site on the map where the map drew it', async () => {
    const { sheet, map } = await renderPrintView('/?print=compare&sites=kjeller,strommen');
    await mapLoaded();
    const [kjeller, strommen] = map.requests[0]!.locate;
    expect(kjeller![1]).toBeGreaterThan(strommen![1]);
    const labels = [...sheet().querySelectorAll<HTMLElement>('.sheet-map__site')];
    expect(labels.map((label) => [label.textContent, label.style.left])).toEqual([
      ['Kjeller', `${(10 / map.requests[0]!.widthCss) * 100}%`],
      ['Strømmen', `${(30 / map.requests[0]!.widthCss) * 100}%`],
    ]);
  });

  it('says there is nothing to print when no id is in the data, and does not print', async () => {
    const { print } = await renderPrintView('/?print=compare&sites=nowhere');
    expect(
      screen.getByText('Ingenting å skrive ut: ingen av stedene i adressen finnes i dataene.'),
    ).toBeInTheDocument();
    expect(print).not.toHaveBeenCalled();
  });
});

describe('details panel: print and nearby actors', () => {
  it("lists a place's research and health actors within 2 km and links to its print view", async () => {
    const { store } = await renderApp({ url: '/?lang=en' });
    act(() => store.getState().select('kjeller'));
    const panel = await waitFor(() => document.querySelector<HTMLElement>('aside.details')!);
    const actors = await within(panel).findByRole('region', { name: 'Research and health within 2 km' });
    expect(actors).toHaveTextContent('Forsvarets forskningsinstitutt (FFI)');
    expect(actors).toHaveTextContent('NILU');
    expect(actors).not.toHaveTextContent('Ahus');
    expect(within(panel).getByRole('link', { name: 'Print / save as PDF' })).toHaveAttribute(
      'href',
      'http://localhost:3000/?print=kjeller&lang=en',
    );
  });
});
