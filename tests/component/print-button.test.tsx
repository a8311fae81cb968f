import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toImportedLayerData } from '../../src/import/to-layer-data';
import { conversionTexts } from '../../src/ui/import/conversion-texts';
import { renderApp } from './render-app';

describe('print button in the details', () => {
  it('prints a shipped place, and is not offered for a place imported in this browser (the sheet has only shipped data)', async () => {
    const { store } = await renderApp();
    act(() => store.getState().select('berger'));
    expect(await screen.findByRole('link', { name: 'Skriv ut / lagre som PDF' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\?print=berger$/),
    );

    const layer = toImportedLayerData({
      key: 'import-tomter',
      name: 'tomter',
      source: 'tomter.csv',
      color: '#8a3ffc',
      theme: 'business-areas',
      texts: await conversionTexts(),
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [11.048, 59.9545] },
          properties: {
            id: 'tomt-1',
            name: 'Tomt ved stasjonen',
            accuracy_m: 'not-stated',
            source: 'tomter.csv',
            attributes: [],
          },
        },
      ],
    });
    act(() => store.getState().addImportedLayers([layer]));
    act(() => store.getState().select('import-tomter-tomt-1'));
    expect(await screen.findByRole('heading', { name: 'Tomt ved stasjonen' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Skriv ut / lagre som PDF' })).not.toBeInTheDocument();
  });
});
