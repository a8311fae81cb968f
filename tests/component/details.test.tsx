import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const details = () => {
  const panel = document.querySelector<HTMLElement>('aside.details');
  if (!panel) throw new Error('the details panel is not open');
  return panel;
};
/** The details panel's code loads with the first selection: wait for it to be open. */
const opened = () => waitFor(details);

describe('details panel', () => {
  it('opens for a feature tapped on the map and highlights it there', async () => {
    const { map } = await renderApp();
    act(() => map.current.emit('pick', { ids: ['lillestrom-stasjon'], lngLat: [11.04536, 59.95291] }));
    const panel = await opened();
    expect(within(panel).getByRole('heading', { level: 2, name: 'Lillestrøm stasjon' })).toHaveFocus();
    expect(panel).toHaveTextContent('Jernbanestasjon · Eksisterende');
    expect(panel).toHaveTextContent('Avganger en utvalgt dag: 379');
    expect(panel).toHaveTextContent('± 30 m, høy sikkerhet');
    expect(panel).toHaveTextContent('Kilde for posisjon: Enturs nasjonale stoppestedsregister (NSR:StopPlace:62339)');
    expect(map.current.selection).toBe('lillestrom-stasjon');
    // Picked on the map: the camera stays where the user is.
    expect(map.current.flights).toEqual([]);
  });

  it('warns that an approximate position is not for measuring walking distance', async () => {
    const { map } = await renderApp();
    act(() => map.current.emit('pick', { ids: ['nova-spektrum'], lngLat: [11.0488, 59.9509] }));
    await opened();
    expect(details()).toHaveTextContent('Posisjonen er omtrentlig');
    expect(details()).toHaveTextContent('± 250 m, lav sikkerhet');
  });

  it('says so when a feature has no known position', async () => {
    const { store } = await renderApp();
    act(() => store.getState().select('heia'));
    expect(details()).toHaveTextContent('Ingen kjent posisjon');
    expect(details()).toHaveTextContent('Ledig areal (per 2022)');
    expect(details()).toHaveTextContent('Omriss og ledig areal er ikke kjent ennå.');
  });

  it('shows the distance the data names, computed from both positions, and selects the other place', async () => {
    const { store, map } = await renderApp();
    const user = userEvent.setup();
    act(() => store.getState().select('blaker-skanse'));
    const section = within(details()).getByRole('region', { name: 'Avstander' });
    // Blaker Skanse (Kartverket, ± 60 m) to Blaker stasjon (NSR, ± 30 m): 212.5 m, shown to the nearest 10 m.
    expect(section).toHaveTextContent('Blaker stasjon: 210 m');
    expect(section).toHaveTextContent('I luftlinje, beregnet av appen');
    await user.click(within(section).getByRole('button', { name: 'Blaker stasjon' }));
    expect(map.current.selection).toBe('blaker-stasjon');
    expect(within(details()).getByRole('region', { name: 'Avstander' })).toHaveTextContent('Blaker Skanse: 210 m');
  });

  it('shows no distances for a place that names none', async () => {
    const { store } = await renderApp();
    act(() => store.getState().select('ahus'));
    expect(within(details()).queryByRole('region', { name: 'Avstander' })).not.toBeInTheDocument();
  });

  it('offers a choice when several features share the tapped spot', async () => {
    const { map } = await renderApp();
    const user = userEvent.setup();
    act(() => map.current.emit('pick', { ids: ['ife', 'ffi', 'norsar'], lngLat: [11.05139, 59.97417] }));
    expect(screen.getByRole('heading', { name: '3 steder her' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Forsvarets forskningsinstitutt/ }));
    expect(map.current.selection).toBe('ffi');
  });

  it('closes with the close button and with Escape', async () => {
    const { map } = await renderApp();
    const user = userEvent.setup();
    act(() => map.current.emit('pick', { ids: ['ahus'], lngLat: [10.99611, 59.93306] }));
    await user.click(screen.getByRole('button', { name: 'Lukk' }));
    expect(map.current.selection).toBeNull();
    act(() => map.current.emit('pick', { ids: ['ahus'], lngLat: [10.99611, 59.93306] }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'Ahus' })).not.toBeInTheDocument();
  });

  it('closes when the user taps empty map', async () => {
    const { map, store } = await renderApp({ url: '/?feature=ahus' });
    act(() => map.current.emit('pick', { ids: [], lngLat: [11, 59.9] }));
    expect(store.getState().selectedId).toBeNull();
  });

  it('flies to a feature opened from a link and selects a line station from the line', async () => {
    const { map } = await renderApp({ url: '/?feature=kongsvingerbanen' });
    const user = userEvent.setup();
    expect(map.current.flights).toEqual(['kongsvingerbanen']);
    await user.click(within(details()).getByRole('button', { name: 'Fetsund stasjon' }));
    expect(map.current.selection).toBe('fetsund-stasjon');
    expect(map.current.flights).toEqual(['kongsvingerbanen', 'fetsund-stasjon']);
  });
});
