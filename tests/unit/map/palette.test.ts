import { describe, expect, it } from 'vitest';
import { IMPORTED_LAYER_COLORS, LAYER_COLORS } from '../../../src/map/layers/palette';
import { nextLayerColors } from '../../../src/ui/import/layer-colors';

const linear = (hex: string) =>
  [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];

/** WCAG 2 relative luminance and contrast ratio of two `#rrggbb` colours. */
const luminance = (hex: string) => {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (first: string, second: string) => {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** CIELAB (D65) of a `#rrggbb` colour, and the CIE76 distance ΔE between two: about 2 is "just noticeable". */
const lab = (hex: string) => {
  const [r, g, b] = linear(hex);
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)] as const;
};
const deltaE = (first: string, second: string) => {
  const [a, b] = [lab(first), lab(second)];
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
};

/** Clearly different at a glance on a small marker (a pair 10 apart, like two pinks, was told apart by nobody). */
const MIN_DELTA_E = 20;
/** What a marker is seen against: its white halo and the offline base's background (`src/map/basemaps.ts`). */
const BACKGROUNDS = ['#ffffff', '#eef1f4'];

describe('imported layer colours', () => {
  it('has at least six, each clearly different from the others and from every shipped layer', () => {
    expect(IMPORTED_LAYER_COLORS.length).toBeGreaterThanOrEqual(6);
    const close = IMPORTED_LAYER_COLORS.flatMap((color, index) =>
      [...IMPORTED_LAYER_COLORS.slice(index + 1), ...Object.values(LAYER_COLORS)]
        .filter((other) => deltaE(color, other) < MIN_DELTA_E)
        .map((other) => `${color} ~ ${other} (ΔE ${deltaE(color, other).toFixed(0)})`),
    );
    expect(close).toEqual([]);
  });

  it('stands out at 3:1 or more against what a marker is drawn on (WCAG 1.4.11)', () => {
    for (const color of IMPORTED_LAYER_COLORS)
      for (const background of BACKGROUNDS) expect(contrast(color, background)).toBeGreaterThanOrEqual(3);
  });

  it('gives a new layer a colour no imported layer has, and repeats one only when all are taken', () => {
    const [first, second, third] = IMPORTED_LAYER_COLORS as [string, string, string];
    // The second layer was removed: the next import takes its colour, not the third one's again.
    expect(nextLayerColors([first, third]).slice(0, 1)).toEqual([second]);
    const all = nextLayerColors(IMPORTED_LAYER_COLORS);
    expect(all).toEqual(IMPORTED_LAYER_COLORS);
    expect(nextLayerColors([])).toEqual(IMPORTED_LAYER_COLORS);
  });
});
