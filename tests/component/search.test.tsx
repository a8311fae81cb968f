import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const searchBox = () => screen.getByRole('combobox', { name: 'Søk etter sted' });

describe('search', () => {
  it('finds Lørenskog from "lorenskog" regardless of case and letters', async () => {
    await renderApp();
    await userEvent.setup().type(searchBox(), 'LORENSKOG');
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options[0]).toMatch(/^Lørenskog/);
  });

  it('finds Åråsen from "aras"', async () => {
    await renderApp();
    await userEvent.setup().type(searchBox(), 'aras');
    expect(screen.getByRole('option', { name: /Åråsen stadion/ })).toBeInTheDocument();
  });

  it('selects the best match with Enter and flies there', async () => {
    const { map } = await renderApp();
    await userEvent.setup().type(searchBox(), 'ahus{Enter}');
    expect(map.current.selection).toBe('ahus');
    expect(map.current.flights).toEqual(['ahus']);
    expect(await screen.findByRole('heading', { level: 2, name: 'Ahus' })).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('is fully usable by keyboard: arrows move the highlight, Enter selects it, Escape closes then clears', async () => {
    const { map } = await renderApp();
    const user = userEvent.setup();
    await user.type(searchBox(), 'kjeller');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = screen.getAllByRole('option')[1]!;
    expect(active).toHaveAttribute('aria-selected', 'true');
    expect(searchBox()).toHaveAttribute('aria-activedescendant', active.id);
    expect(active).toHaveTextContent(/^Kjeller flyplass/);
    await user.keyboard('{Enter}');
    expect(map.current.selection).toBe('kjeller-flyplass');
    await user.click(searchBox());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveValue('');
  });

  it('says when nothing matches', async () => {
    await renderApp();
    await userEvent.setup().type(searchBox(), 'qqq');
    expect(screen.getByRole('listbox')).toHaveTextContent('Ingen treff for «qqq»');
  });

  it('turns on the layer of a feature found while its layer is hidden', async () => {
    const { map, store } = await renderApp({ url: '/?layers=transit-hubs' });
    await userEvent.setup().type(searchBox(), 'nilu{Enter}');
    expect(store.getState().visibleLayers.research).toBe(true);
    expect(map.current.visible).toMatchObject({ research: true });
  });
});
