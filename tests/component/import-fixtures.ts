import type { ImportedLayer } from '../../src/import/types';

/** What the engine gives for a one-row CSV of plots beside Lillestrøm stasjon; tests add their drops and attributes. */
export const ONE_PLOT: ImportedLayer = {
  name: 'tomter',
  source: 'tomter.csv',
  format: 'csv',
  crs: { id: 'EPSG:4326', how: 'standard', declaredAs: '' },
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [11.048, 59.9545] },
      properties: {
        id: 'tomter-1',
        name: 'Tomt ved stasjonen',
        accuracy_m: 'not-stated',
        source: 'tomter.csv',
        attributes: [],
      },
    },
  ],
  dropped: [],
  outsideArea: [],
};
