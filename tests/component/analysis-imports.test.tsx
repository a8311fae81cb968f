import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { toImportedLayerData } from '../../src/import/to-layer-data';
import { conversionTexts } from '../../src/ui/import/conversion-texts';
import { renderApp } from './render-app';

/** A user's file of plots as the app holds it once imported as business land. */
const plots = async () =>
  toImportedLayerData({
    key: 'import-plots',
    name: 'tomter',
    source: 'tomter.csv',
    color: '#0b7285',
    theme: 'business-areas',
    texts: await conversionTexts(),
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [11.048, 59.9545] },
        properties: { id: '1', name: 'Tomt ved stasjonen', accuracy_m: 10, source: 'tomter.csv', attributes: [] },
      },
    ],
  });

describe("the Analysis table's layer picker", () => {
  it('lists an imported layer by its own name, ticked, and lists or leaves out its rows by that tick alone', async () => {
    const { store } = await renderApp();
    const layer = await plots();
    act(() => store.getState().addImportedLayers([layer]));
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Analyse' }));
    const table = await screen.findByRole('table', { name: 'Steder og avstander' });
    const picker = screen.getByRole('group', { name: 'Vis i tabellen' });
    const own = within(picker).getByRole('checkbox', { name: 'tomter (importert)' });
    expect(own).toBeChecked();
    const row = within(table).getByRole('button', { name: 'Tomt ved stasjonen' }).closest('tr')!;
    expect(row).toHaveTextContent('fra «tomter»');
    expect(row).toHaveTextContent('Lillestrøm stasjon');
    expect(within(row).getByText('Klasse A')).toBeInTheDocument();

    // The shipped business areas are a layer of their own: leaving them out keeps the imported plots.
    await user.click(within(picker).getByRole('checkbox', { name: 'Næringsområder' }));
    expect(within(table).getByRole('button', { name: 'Tomt ved stasjonen' })).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: 'Kjeller' })).not.toBeInTheDocument();

    await user.click(own);
    expect(screen.queryByRole('button', { name: 'Tomt ved stasjonen' })).not.toBeInTheDocument();
    await user.click(own);
    expect(screen.getByRole('button', { name: 'Tomt ved stasjonen' })).toBeInTheDocument();

    act(() => store.getState().renameImportedLayer('import-plots', 'Ledige tomter'));
    expect(within(picker).getByRole('checkbox', { name: 'Ledige tomter (importert)' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Tomt ved stasjonen' }).closest('tr')).toHaveTextContent(
      'fra «Ledige tomter»',
    );
  });
});
