import { IMPORTED_LAYER_COLORS } from '../../map/layers/palette';

/**
 * The colours the next imported layers take, in turn: first the palette's colours no imported layer has now (in
 * palette order), then the rest, so a new layer shares a colour only once all of them are in use. Taking them by the
 * number of layers instead gave a new layer the colour of one still shown after another was removed.
 */
export function nextLayerColors(inUse: readonly string[]): string[] {
  const used = new Set(inUse);
  return [
    ...IMPORTED_LAYER_COLORS.filter((color) => !used.has(color)),
    ...IMPORTED_LAYER_COLORS.filter((color) => used.has(color)),
  ];
}
