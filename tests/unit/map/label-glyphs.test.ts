import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelGlyphsUrl } from '../../../src/map/label-glyphs';
import { encodeGlyphRange, GLYPH_BORDER_PX, rangeName, rangeStartOf } from '../../tools/glyph-pbf';
import { LABEL_FONT_STACK, labelCodePoints } from '../../tools/glyph-ranges';

const GLYPH_DIR = path.resolve('public/glyphs', LABEL_FONT_STACK);

interface DecodedGlyph {
  id: number;
  bitmapLength: number;
  width: number;
  height: number;
  top: number;
  advance: number;
}

/** A minimal reader of the glyph PBF, written from the format (not from our encoder), to check the files. */
function decodeRange(bytes: Uint8Array): { name: string; range: string; glyphs: DecodedGlyph[] } {
  const fields = (start: number, end: number) => {
    const out: { field: number; value: number; bytes: Uint8Array }[] = [];
    let at = start;
    const varint = () => {
      let value = 0;
      for (let shift = 1; ; shift *= 0x80) {
        const byte = bytes[at++]!;
        value += (byte & 0x7f) * shift;
        if (byte < 0x80) return value;
      }
    };
    while (at < end) {
      const key = varint();
      const value = varint();
      if (key % 8 === 2) {
        out.push({ field: Math.floor(key / 8), value, bytes: bytes.subarray(at, at + value) });
        at += value;
      } else out.push({ field: Math.floor(key / 8), value, bytes: new Uint8Array() });
    }
    return out;
  };
  const [stack] = fields(0, bytes.length);
  const stackFields = fields(stack!.bytes.byteOffset, stack!.bytes.byteOffset + stack!.bytes.length);
  const text = (field: number) => new TextDecoder().decode(stackFields.find((entry) => entry.field === field)?.bytes);
  const zigzag = (value: number) => (value % 2 === 1 ? -(value + 1) / 2 : value / 2);
  const glyphs = stackFields
    .filter((entry) => entry.field === 3)
    .map((entry) => {
      const glyph = fields(entry.bytes.byteOffset, entry.bytes.byteOffset + entry.bytes.length);
      const get = (field: number) => glyph.find((item) => item.field === field)!;
      return {
        id: get(1).value,
        bitmapLength: get(2).value,
        width: get(3).value,
        height: get(4).value,
        top: zigzag(get(6).value),
        advance: get(7).value,
      };
    });
  return { name: text(1), range: text(2), glyphs };
}

const readRange = (start: number) =>
  decodeRange(new Uint8Array(readFileSync(path.join(GLYPH_DIR, `${rangeName(start)}.pbf`))));

describe('label glyphs', () => {
  it('are served next to the page, in the form MapLibre fills in', () => {
    expect(labelGlyphsUrl('http://127.0.0.1:4173/app/index.html')).toBe(
      'http://127.0.0.1:4173/app/glyphs/{fontstack}/{range}.pbf',
    );
  });

  it('cover every character of every name in geo/ with a drawn glyph', async () => {
    const codePoints = await labelCodePoints(path.resolve('geo'));
    const ranges = new Map<number, ReturnType<typeof readRange>>();
    for (const codePoint of codePoints) {
      const start = rangeStartOf(codePoint);
      const file = path.join(GLYPH_DIR, `${rangeName(start)}.pbf`);
      expect(existsSync(file), `${file} for U+${codePoint.toString(16)}`).toBe(true);
      if (!ranges.has(start)) ranges.set(start, readRange(start));
      const glyph = ranges.get(start)!.glyphs.find(({ id }) => id === codePoint);
      expect(glyph, `glyph U+${codePoint.toString(16)}`).toBeDefined();
      if (String.fromCodePoint(codePoint).trim() !== '') expect(glyph!.width * glyph!.height).toBeGreaterThan(0);
    }
  });

  it('hold one font stack per file, padded bitmaps, and plausible metrics', () => {
    const { name, range, glyphs } = readRange(0);
    expect(name).toBe(LABEL_FONT_STACK);
    expect(range).toBe('0-255');
    for (const glyph of glyphs)
      expect(glyph.bitmapLength).toBe((glyph.width + 2 * GLYPH_BORDER_PX) * (glyph.height + 2 * GLYPH_BORDER_PX));
    const letter = (char: string) => glyphs.find(({ id }) => id === char.codePointAt(0))!;
    // At 24 px: an "M" is wider than an "i", and an "Å" reaches higher than an "a".
    expect(letter('M').advance).toBeGreaterThan(letter('i').advance);
    expect(letter('Å').top).toBeGreaterThan(letter('a').top);
  });

  it('are encoded so that a glyph outside its range or with a short bitmap is refused', () => {
    const glyph = { id: 65, bitmap: new Uint8Array(7 * 8), width: 1, height: 2, left: 0, top: -10, advance: 9 };
    expect(decodeRange(encodeGlyphRange('Test', 0, [glyph])).glyphs).toEqual([
      { id: 65, bitmapLength: 56, width: 1, height: 2, top: -10, advance: 9 },
    ]);
    expect(() => encodeGlyphRange('Test', 256, [glyph])).toThrow(/not in 256-511/);
    expect(() => encodeGlyphRange('Test', 0, [{ ...glyph, bitmap: new Uint8Array(3) }])).toThrow(/expected 56/);
  });
});
