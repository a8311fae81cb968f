import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE } from '../../src/ui/list/list-page';
import { renderApp } from './render-app';

/** The shipped attractions plus `extra` copies of the first one, as a file the app can load. */
async function longAttractionsFile(extra: number): Promise<string> {
  const collection = JSON.parse(await readFile('geo/attractions.geojson', 'utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  const [model] = collection.features;
  const copies = Array.from({ length: extra }, (_, index) => ({
    ...model,
    properties: { ...model!.properties, id: `extra-${index + 1}`, name: `Ekstra sted ${index + 1}` },
  }));
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'bybandet-list-')), 'attractions.geojson');
  await writeFile(file, JSON.stringify({ ...collection, features: [...collection.features, ...copies] }));
  return file;
}

describe('list view', () => {
  it('lists every feature of the visible layers as text, with position quality', async () => {
    await renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Liste' }));
    // The list's code loads when the tab is first opened.
    const group = await screen.findByRole('region', { name: /Kollektivknutepunkt/ });
    expect(within(group).getAllByRole('button')).toHaveLength(24);
    expect(
      within(group).getByRole('button', { name: /Kjeller \(bussholdeplass\).*uten posisjon/ }),
    ).toBeInTheDocument();
    expect(
      within(group).getByRole('button', { name: /Skedsmokorset \(bussholdeplass\).*omtrentlig/ }),
    ).toBeInTheDocument();
  });

  it('selects and flies to a feature chosen from the list, marking it current', async () => {
    const { map } = await renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Liste' }));
    await user.click(await screen.findByRole('button', { name: /^Fetsund lenser/ }));
    expect(map.current.selection).toBe('fetsund-lenser');
    expect(map.current.flights).toEqual(['fetsund-lenser']);
    expect(screen.getByRole('button', { name: /^Fetsund lenser/ })).toHaveAttribute('aria-current', 'true');
  });

  it('opens a long layer at its first page and shows the rest on request, moving focus to the first revealed entry', async () => {
    await renderApp({ files: { attractions: await longAttractionsFile(LIST_PAGE_SIZE) } });
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Liste' }));
    const group = await screen.findByRole('region', { name: /Attraksjoner/ });
    const total = Number(/\((\d+)\)/.exec(group.querySelector('h3')!.textContent!)![1]);
    expect(total).toBeGreaterThan(LIST_PAGE_SIZE);
    expect(within(group).getAllByRole('button', { name: /^(?!Vis alle)/ })).toHaveLength(LIST_PAGE_SIZE);
    await user.click(within(group).getByRole('button', { name: `Vis alle ${total} (Attraksjoner og arenaer)` }));
    expect(within(group).getAllByRole('button')).toHaveLength(total);
    expect(within(group).getAllByRole('button')[LIST_PAGE_SIZE]).toHaveFocus();
  });

  it('shows the whole of a long layer when it holds the selected place', async () => {
    await renderApp({
      files: { attractions: await longAttractionsFile(LIST_PAGE_SIZE) },
      url: `/?feature=extra-${LIST_PAGE_SIZE}`,
    });
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Liste' }));
    const current = await screen.findByRole('button', { name: new RegExp(`^Ekstra sted ${LIST_PAGE_SIZE}(?!\\d)`) });
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(screen.queryByRole('button', { name: /^Vis alle/ })).not.toBeInTheDocument();
  });

  it('leaves out hidden layers and says how many are hidden', async () => {
    await renderApp({ url: '/?layers=research' });
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Liste' }));
    expect(await screen.findByText(/6 kartlag er skjult/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Kollektivknutepunkt/ })).not.toBeInTheDocument();
  });

  it('switches tabs with the arrow keys', async () => {
    await renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Kartlag' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Liste' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Liste' })).toHaveFocus();
  });
});

describe('language', () => {
  it('speaks Norwegian by default and English one click away, in the UI, the page and the map', async () => {
    const { map, store } = await renderApp();
    expect(document.documentElement.lang).toBe('nb');
    act(() => store.getState().select('fetsund-lenser'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Switch to English' }));
    // The English texts arrive on demand, then the whole UI switches at once.
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(screen.getByRole('tab', { name: 'Layers' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Fetsund Timber Booms' })).toBeInTheDocument();
    expect(map.current.language).toBe('en');
    expect(window.location.search).toContain('lang=en');
  });

  it('starts in English from ?lang=en', async () => {
    await renderApp({ url: '/?lang=en' });
    expect(screen.getByRole('combobox', { name: 'Search for a place' })).toBeInTheDocument();
  });
});

describe('notices', () => {
  it('ignores a malformed URL value with a small notice', async () => {
    await renderApp({ url: '/?basemap=google&lang=xx' });
    expect(screen.getByText('Ukjent verdi «google» for «basemap» i adressen ble ignorert.')).toBeInTheDocument();
    expect(screen.getByText('Ukjent verdi «xx» for «lang» i adressen ble ignorert.')).toBeInTheDocument();
  });

  it('tells the user about an unknown feature in a link and clears it', async () => {
    const { store } = await renderApp({ url: '/?feature=atlantis' });
    expect(await screen.findByText(/Fant ikke stedet «atlantis»/)).toBeInTheDocument();
    expect(store.getState().selectedId).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('says so when the basemap falls back to the offline base, and retries on request', async () => {
    const { map } = await renderApp();
    act(() => map.current.emit('basemap', { requested: 'kartverket-grey', shown: 'offline', fallback: true }));
    expect(
      screen.getByText('«Kartverket gråtone» kunne ikke lastes. Viser det innebygde frakoblede kartet.'),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(map.current.basemapRetries).toBe(1);
  });

  it('switches basemap from the header', async () => {
    const { map } = await renderApp();
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Bakgrunnskart' }), 'offline');
    expect(map.current.basemaps).toEqual(['offline']);
    expect(window.location.search).toBe('?basemap=offline');
  });
});
