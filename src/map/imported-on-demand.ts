import type { ImportedMapLayer, ImportFeed } from './controller-types';
import type { ImportedOverlay } from './imported-overlay';

/**
 * The imported layers asked of the map, and the code that draws them (`imported-overlay.ts`, with the tile worker's
 * client), loaded with the first import or restore: a visitor who imports nothing never fetches it. `loaded` runs
 * once the overlay is there, so the controller can push the layers into the map.
 */
export class ImportedOnDemand {
  layers: readonly ImportedMapLayer[] = [];
  overlay: ImportedOverlay | null = null;

  constructor(private readonly loaded: () => void) {}

  set(layers: readonly ImportedMapLayer[]): void {
    this.layers = layers;
    if (!this.overlay && layers.length > 0) {
      void import('./imported-overlay').then(({ ImportedOverlay }) => {
        this.overlay ??= new ImportedOverlay();
        this.overlay.set(this.layers);
        this.loaded();
      });
    }
    this.overlay?.set(layers);
  }

  async openFeed(): Promise<ImportFeed> {
    const { openImportFeed } = await import('./imported-overlay');
    return openImportFeed();
  }
}
