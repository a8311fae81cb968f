/**
 * Builds the label font's glyph PBFs into public/glyphs/<font stack>/<start>-<end>.pbf, so MapLibre loads a few
 * kilobytes of ready signed distance fields instead of rasterising every label glyph itself with TinySDF (at twice
 * the size, on the main thread, on every start). Run it after a font update or when geo/ names need a new range:
 *
 *   npx tsx tests/tools/build-glyphs.ts
 *
 * The font is Noto Sans Regular (SIL Open Font License 1.1, from @fontsource/noto-sans; the licence is written next
 * to the glyphs). The glyphs are drawn in Debian's Chromium with the TinySDF that MapLibre itself uses, at MapLibre's
 * server glyph size (24 px, 3 px border, radius 8, cutoff 0.25), and encoded here. The output is committed: the build
 * and the tests need no browser for it.
 */
import { chromium } from '@playwright/test';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import {
  encodeGlyphRange,
  GLYPH_BORDER_PX,
  GLYPH_SIZE_PX,
  rangeName,
  rangeStartOf,
  SDF_CUTOFF,
  SDF_RADIUS_PX,
  type SdfGlyph,
} from './glyph-pbf';
import { labelCodePoints, LABEL_FONT_STACK, SHIPPED_RANGE_STARTS } from './glyph-ranges';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FONT_PACKAGE = path.join(ROOT, 'node_modules/@fontsource/noto-sans');
const OUT_DIR = path.join(ROOT, 'public/glyphs', LABEL_FONT_STACK);
/** The two subsets of the regular face that cover Latin, Latin-1 and Latin Extended (Norwegian and Sámi letters). */
const FACES = ['noto-sans-latin-ext-400-normal', 'noto-sans-latin-400-normal'];
/** MapLibre's local glyphs sit this far lower (px at 24 px) than TinySDF's baseline: the same offset keeps labels put. */
const TOP_ADJUSTMENT_PX = 27.5;

/** The `unicode-range` fontsource declares for one face, as [first, last] code point pairs. */
async function unicodeRangeOf(face: string): Promise<[number, number][]> {
  const css = await readFile(path.join(FONT_PACKAGE, '400.css'), 'utf8');
  const block = css.split('@font-face').find((part) => part.includes(`files/${face}.woff2`));
  const ranges = block?.match(/unicode-range:\s*([^;]+);/)?.[1];
  if (!ranges) throw new Error(`no unicode-range for ${face} in @fontsource/noto-sans/400.css`);
  return ranges.split(',').map((range) => {
    const [first, last = first] = range.trim().replace(/^U\+/, '').split('-');
    return [parseInt(first!, 16), parseInt(last!, 16)];
  });
}

interface DrawnGlyph {
  id: number;
  data: number[];
  glyphWidth: number;
  glyphHeight: number;
  glyphTop: number;
  glyphLeft: number;
  glyphAdvance: number;
}

/** Draws `codePoints` with TinySDF in Chromium, from the font files only (no system font can stand in). */
async function drawGlyphs(
  codePoints: readonly number[],
  faces: { file: string; range: string }[],
): Promise<DrawnGlyph[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    const fontFaces = await Promise.all(
      faces.map(async ({ file, range }) => {
        const font = await readFile(path.join(FONT_PACKAGE, 'files', `${file}.woff2`));
        const src = `url(data:font/woff2;base64,${font.toString('base64')}) format('woff2')`;
        return `@font-face { font-family: 'Glyph Source'; font-weight: 400; src: ${src}; unicode-range: ${range}; }`;
      }),
    );
    await page.setContent(`<!doctype html><style>${fontFaces.join('\n')}</style>`);
    const tinySdf = await readFile(path.join(ROOT, 'node_modules/@mapbox/tiny-sdf/index.js'), 'utf8');
    await page.addScriptTag({ type: 'module', content: `${tinySdf}\nwindow.TinySDF = TinySDF;` });
    await page.waitForFunction(() => 'TinySDF' in window);
    return await page.evaluate(
      async ({ codePoints, size, buffer, radius, cutoff }) => {
        const text = String.fromCodePoint(...codePoints);
        const loaded = await document.fonts.load(`400 ${size}px 'Glyph Source'`, text);
        if (loaded.length === 0) throw new Error('the font files did not load');
        type Drawn = { data: Uint8ClampedArray } & Omit<DrawnGlyph, 'id' | 'data'>;
        type Sdf = new (options: object) => { draw(char: string): Drawn };
        const TinySDF = (window as unknown as { TinySDF: Sdf }).TinySDF;
        const sdf = new TinySDF({
          fontSize: size,
          buffer,
          radius,
          cutoff,
          fontFamily: "'Glyph Source'",
          fontWeight: '400',
        });
        return codePoints.map((id) => {
          const { data, ...metrics } = sdf.draw(String.fromCodePoint(id));
          return { id, data: Array.from(data), ...metrics };
        });
      },
      { codePoints, size: GLYPH_SIZE_PX, buffer: GLYPH_BORDER_PX, radius: SDF_RADIUS_PX, cutoff: SDF_CUTOFF },
    );
  } finally {
    await browser.close();
  }
}

/** TinySDF's metrics at 24 px as MapLibre reads them from a PBF (whole pixels; see TOP_ADJUSTMENT_PX). */
const toSdfGlyph = (drawn: DrawnGlyph): SdfGlyph => ({
  id: drawn.id,
  bitmap: Uint8Array.from(drawn.data),
  width: drawn.glyphWidth,
  height: drawn.glyphHeight,
  left: drawn.glyphLeft,
  top: Math.round(drawn.glyphTop - TOP_ADJUSTMENT_PX),
  advance: Math.round(drawn.glyphAdvance),
});

async function main(): Promise<void> {
  const faces = await Promise.all(
    FACES.map(async (file) => {
      const ranges = await unicodeRangeOf(file);
      return { file, ranges, range: ranges.map(([a, b]) => `U+${a.toString(16)}-${b.toString(16)}`).join(', ') };
    }),
  );
  const covered = (codePoint: number) =>
    faces.some(({ ranges }) => ranges.some(([first, last]) => codePoint >= first && codePoint <= last));
  const needed = await labelCodePoints(path.join(ROOT, 'geo'));
  const missing = [...needed].filter(
    (codePoint) => !covered(codePoint) && !/\p{Cc}/u.test(String.fromCodePoint(codePoint)),
  );
  if (missing.length > 0)
    throw new Error(
      `geo/ names use characters Noto Sans (Latin) lacks: ${missing.map((c) => `U+${c.toString(16)}`).join(', ')}`,
    );
  const starts = [...new Set([...SHIPPED_RANGE_STARTS, ...[...needed].map(rangeStartOf)])].sort((a, b) => a - b);
  const codePoints = starts.flatMap((start) =>
    Array.from({ length: 256 }, (_, offset) => start + offset).filter(
      (codePoint) => covered(codePoint) && !/\p{Cc}/u.test(String.fromCodePoint(codePoint)),
    ),
  );
  const drawn = await drawGlyphs(codePoints, faces);

  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  for (const start of starts) {
    const glyphs = drawn.filter(({ id }) => rangeStartOf(id) === start).map(toSdfGlyph);
    const file = path.join(OUT_DIR, `${rangeName(start)}.pbf`);
    await writeFile(file, encodeGlyphRange(LABEL_FONT_STACK, start, glyphs));
    console.log(`${path.relative(ROOT, file)}: ${glyphs.length} glyphs`);
  }
  await writeFile(path.join(OUT_DIR, 'OFL.txt'), await readFile(path.join(FONT_PACKAGE, 'LICENSE'), 'utf8'));
  const written = await readdir(OUT_DIR);
  console.log(`wrote ${written.length} files to ${path.relative(ROOT, OUT_DIR)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
