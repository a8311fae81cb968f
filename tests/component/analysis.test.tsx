import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const details = () => document.querySelector<HTMLElement>('aside.details')!;
/** The analysis arrives on demand: wait until the details panel has it. */
const analysed = () => waitFor(() => expect(details()).not.toHaveTextContent('Laster …'));
const openAnalysis = async () => {
  await userEvent.setup().click(screen.getByRole('tab', { name: 'Analyse' }));
  return screen.findByRole('table', { name: 'Steder og avstander' });
};

describe('hub connection in the details panel', () => {
  it('shows the nearest station, bus hub, class with its reason, and the corridor position', async () => {
    const { store } = await renderApp();
    act(() => store.getState().select('nilu'));
    await analysed();
    const panel = within(details());
    expect(panel.getByRole('heading', { name: 'Tilknytning til kollektivknutepunkt' })).toBeInTheDocument();
    expect(details()).toHaveTextContent(/Nærmeste jernbanestasjon.*Lillestrøm stasjon/);
    // Both ends are within 100 m, so the figure is shown as exact: no ≈ and no ±.
    expect(details()).toHaveTextContent('Lillestrøm stasjon2,5 km luftlinje · 39 min gange (anslag)');
    expect(panel.getByText('Klasse C')).toBeInTheDocument();
    await userEvent.setup().click(panel.getByText('Hvorfor C?'));
    expect(details()).toHaveTextContent(
      'Ingen jernbanestasjon innenfor 800 m og ingen buss innenfor 400 m i luftlinje.',
    );
    expect(details()).toHaveTextContent('I bybåndet (≈ 100 m, ± 600 m fra aksen)forbi Kjeller-enden av aksen');
  });

  it('gives the position along the axis in km from Lørenskog', async () => {
    const { store } = await renderApp();
    act(() => store.getState().select('ahus'));
    await analysed();
    expect(details()).toHaveTextContent(/\d,\d km fra Lørenskog langs aksen/);
  });

  it('gives Lillestrøm stasjon class A and says it is its own nearest station', async () => {
    const { store } = await renderApp();
    act(() => store.getState().select('lillestrom-stasjon'));
    await analysed();
    expect(within(details()).getByText('Klasse A')).toBeInTheDocument();
    expect(details()).toHaveTextContent('(dette knutepunktet)');
  });

  it('says no distances can be computed for a place without a position', async () => {
    const { store } = await renderApp();
    act(() => store.getState().select('nesa-syd'));
    await analysed();
    expect(details()).toHaveTextContent('Uten kjent posisjon kan avstander ikke beregnes.');
    expect(details()).not.toHaveTextContent('NaN');
  });
});

describe("what's here?", () => {
  it('answers for an empty spot on the map and pins it', async () => {
    const { map } = await renderApp();
    act(() => map.current.emit('pick', { ids: [], lngLat: [11.046, 59.955] }));
    await analysed();
    expect(within(details()).getByRole('heading', { name: 'Hva er her?' })).toBeInTheDocument();
    expect(within(details()).getByText('Klasse A')).toBeInTheDocument();
    expect(details()).toHaveTextContent(/Lillestrøm stasjon/);
    await waitFor(() => expect(map.current.analysisOverlay?.pin).toEqual([11.046, 59.955]));
  });

  it('answers a long press even on a feature, and clears when the pin is removed', async () => {
    const { map } = await renderApp();
    act(() => map.current.emit('inspect', { lngLat: [11.2, 59.9] }));
    await analysed();
    expect(details()).toHaveTextContent('Klasse C');
    await userEvent.setup().click(within(details()).getByRole('button', { name: 'Lukk' }));
    await waitFor(() => expect(map.current.analysisOverlay?.pin ?? null).toBeNull());
  });
});

describe('sites table', () => {
  it('lists business areas and institutions with figures, sorted by distance to rail', async () => {
    await renderApp();
    const table = await openAnalysis();
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.querySelector('button')?.textContent);
    expect(names).toContain('Berger');
    expect(names).toContain('Ahus');
    expect(names.at(-1)).toMatch(/Heia|Nesa syd|Fagskolen|Universitetet/);
  });

  it('filters by distance to rail with the slider and fades the rest on the map', async () => {
    const { map } = await renderApp();
    const table = await openAnalysis();
    const before = within(table).getAllByRole('rowheader').length;
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Begrens avstand til jernbanestasjon' }));
    fireEvent.change(screen.getByRole('slider'), { target: { value: '500' } });
    const after = within(screen.getByRole('table', { name: 'Steder og avstander' })).getAllByRole('rowheader').length;
    expect(after).toBeLessThan(before);
    expect(screen.getByText(/Innen 500 m fra jernbanestasjon/)).toBeInTheDocument();
    expect(map.current.dimmed?.has('berger')).toBe(false);
    expect(map.current.dimmed?.has('lillestrom-stasjon')).toBe(true);
  });

  it('sorts by a column header, with aria-sort', async () => {
    await renderApp();
    const table = await openAnalysis();
    await userEvent.setup().click(within(table).getByRole('button', { name: 'Klasse' }));
    expect(within(table).getByRole('columnheader', { name: /Klasse/ })).toHaveAttribute('aria-sort', 'ascending');
    const first = within(table).getAllByRole('row')[1]!;
    expect(first).toHaveTextContent('Klasse A');
  });

  it('selects a site on the map when its row is chosen', async () => {
    const { map } = await renderApp();
    const table = await openAnalysis();
    await userEvent.setup().click(within(table).getByRole('button', { name: 'Berger' }));
    expect(map.current.selection).toBe('berger');
    expect(map.current.flights).toEqual(['berger']);
  });

  it('compares up to three sites side by side, with research and health actors nearby', async () => {
    await renderApp();
    const table = await openAnalysis();
    const user = userEvent.setup();
    for (const name of ['Kjeller', 'Strømmen', 'Berger'])
      await user.click(within(table).getByRole('checkbox', { name: `Velg ${name} for sammenligning` }));
    expect(within(table).getByRole('checkbox', { name: 'Velg Heia for sammenligning' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Sammenlign valgte (3)' }));
    const dialog = screen.getByRole('dialog', { name: 'Sammenligning' });
    expect(
      within(dialog)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Kjeller×', 'Strømmen×', 'Berger×']);
    expect(dialog).toHaveTextContent(/Forskning og helse innen 2 km/);
    expect(dialog).toHaveTextContent(/NILU/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('scenario', () => {
  it('adds a proposed station by tapping the map and summarises what changes', async () => {
    const { map, store } = await renderApp();
    await openAnalysis();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kjeller stasjon');
    await user.click(screen.getByRole('button', { name: 'Plasser i kartet' }));
    expect(screen.getByText('Klikk i kartet der knutepunktet skal ligge …')).toBeInTheDocument();
    act(() => map.current.emit('pick', { ids: ['nilu'], lngLat: [11.052, 59.9745] }));
    expect(store.getState().proposals).toEqual([
      { mode: 'rail', name: 'Kjeller stasjon', position: [11.052, 59.9745] },
    ]);
    expect(window.location.search).toContain('proposed=rail:11.052,59.9745:Kjeller%20stasjon');
    expect(screen.getByText(/steder endrer klasse/)).toBeInTheDocument();
    expect(screen.getByText(/Næringsareal berørt: \d+ områder, areal ukjent/)).toBeInTheDocument();
    expect(map.current.analysisOverlay?.proposed.features).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Fjern Kjeller stasjon' }));
    expect(store.getState().proposals).toEqual([]);
    expect(window.location.search).not.toContain('proposed');
  });

  it('refuses a proposal outside the map area with a clear message', async () => {
    const { map, store } = await renderApp();
    act(() => store.getState().startPlacing({ mode: 'bus', name: 'Langt unna' }));
    act(() => map.current.emit('pick', { ids: [], lngLat: [12.5, 59.9] }));
    expect(store.getState().proposals).toEqual([]);
    expect(screen.getByText(/utenfor kartets område/)).toBeInTheDocument();
  });

  it('reads proposals from a shared link and reports the bad ones', async () => {
    const { store } = await renderApp({ url: '/?proposed=rail:11.06,59.96:Ny;bus:abc,59.9;tram:11,59.9' });
    expect(store.getState().proposals).toHaveLength(1);
    expect(
      screen.getByText(/Foreslått knutepunkt 2 \(«bus:abc,59.9»\) har en koordinat som ikke er et tall/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Foreslått knutepunkt 3 \(«tram:11,59.9»\) har ukjent type/)).toBeInTheDocument();
  });
});

describe('growth-area gauge', () => {
  const gauge = () => screen.getByRole('region', { name: 'Næringsareal nær knutepunktene' });
  const shares = (text: string) => [...text.matchAll(/(\d+) %/g)].map((match) => Number(match[1]));

  it('gives the share of business areas within walking distance against the 90 % goal, and says sizes are unknown', async () => {
    await renderApp();
    await openAnalysis();
    expect(gauge()).toHaveTextContent(/\d+ % av næringsområdene ligger innen gangavstand til et knutepunkt/);
    expect(gauge()).toHaveTextContent('Mål: 90 % av nye arbeidsplasser i de prioriterte vekstområdene');
    expect(gauge()).toHaveTextContent(/Areal ikke kjent for noen av de 9 områdene: .*Kjeller/);
  });

  it('moves with the scenario: a station proposed at Kjeller raises the share', async () => {
    const { map } = await renderApp();
    await openAnalysis();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Plasser i kartet' }));
    act(() => map.current.emit('pick', { ids: [], lngLat: [11.052, 59.9745] }));
    const line = await within(gauge()).findByText(/Med de foreslåtte knutepunktene/);
    const [before, after] = shares(line.textContent ?? '');
    expect(after).toBeGreaterThan(before!);
  });
});

describe('assumptions', () => {
  it('recomputes the class when the rail walking distance changes', async () => {
    const { store } = await renderApp();
    await openAnalysis();
    act(() => store.getState().select('nilu'));
    await analysed();
    expect(within(details()).getByText('Klasse C')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Gangavstand til jernbane (m)' }), {
      target: { value: '3000' },
    });
    expect(within(details()).getByText('Klasse A')).toBeInTheDocument();
  });
});
