/**
 * Glyph PBFs as MapLibre reads them (the `glyphs` message of the Mapbox glyph format): one file per range of 256
 * code points, holding one font stack with a signed distance field per glyph. Pure encoding, no font work: the
 * rasterising happens in tests/tools/build-glyphs.ts.
 */

/** One glyph at MapLibre's glyph size (24 px), its bitmap padded by GLYPH_BORDER_PX on every side. */
export interface SdfGlyph {
  id: number;
  /** (width + 2 × border) × (height + 2 × border) distance values, one byte each, row by row. */
  bitmap: Uint8Array;
  width: number;
  height: number;
  /** Offsets from the pen position in px; `top` is relative to MapLibre's glyph origin above the em box. */
  left: number;
  top: number;
  /** Horizontal advance in whole px. */
  advance: number;
}

/** The padding MapLibre expects around every glyph bitmap in a PBF (GLYPH_PBF_BORDER). */
export const GLYPH_BORDER_PX = 3;

/** The font size MapLibre's server glyphs are drawn at, and its SDF radius and cutoff for them. */
export const GLYPH_SIZE_PX = 24;
export const SDF_RADIUS_PX = 8;
export const SDF_CUTOFF = 0.25;

const RANGE_SIZE = 256;

/** The first code point of the 256-wide range `codePoint` lies in: MapLibre asks for `<start>-<start + 255>.pbf`. */
export const rangeStartOf = (codePoint: number) => Math.floor(codePoint / RANGE_SIZE) * RANGE_SIZE;
export const rangeName = (start: number) => `${start}-${start + RANGE_SIZE - 1}`;

class ProtoWriter {
  private readonly bytes: number[] = [];

  varint(field: number, value: number): this {
    return this.key(field, 0).raw(value);
  }

  /** A signed integer in zigzag form (protobuf `sint32`). */
  svarint(field: number, value: number): this {
    return this.varint(field, value < 0 ? -2 * value - 1 : 2 * value);
  }

  bytesField(field: number, value: Uint8Array): this {
    this.key(field, 2).raw(value.length);
    for (const byte of value) this.bytes.push(byte);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytesField(field, new TextEncoder().encode(value));
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }

  private key(field: number, wireType: number): this {
    return this.raw(field * 8 + wireType);
  }

  private raw(value: number): this {
    if (!Number.isInteger(value) || value < 0) throw new Error(`not a non-negative integer: ${value}`);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) + 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
    return this;
  }
}

function encodeGlyph(glyph: SdfGlyph): Uint8Array {
  const expected = (glyph.width + 2 * GLYPH_BORDER_PX) * (glyph.height + 2 * GLYPH_BORDER_PX);
  if (glyph.bitmap.length !== expected)
    throw new Error(`glyph U+${glyph.id.toString(16)}: bitmap has ${glyph.bitmap.length} bytes, expected ${expected}`);
  return new ProtoWriter()
    .varint(1, glyph.id)
    .bytesField(2, glyph.bitmap)
    .varint(3, glyph.width)
    .varint(4, glyph.height)
    .svarint(5, glyph.left)
    .svarint(6, glyph.top)
    .varint(7, glyph.advance)
    .finish();
}

/** One range file: `glyphs { stacks { name, range, glyphs… } }`, glyphs in code point order. */
export function encodeGlyphRange(fontstack: string, start: number, glyphs: readonly SdfGlyph[]): Uint8Array {
  const stack = new ProtoWriter().string(1, fontstack).string(2, rangeName(start));
  for (const glyph of [...glyphs].sort((a, b) => a.id - b.id)) {
    if (rangeStartOf(glyph.id) !== start)
      throw new Error(`glyph U+${glyph.id.toString(16)} is not in ${rangeName(start)}`);
    stack.bytesField(3, encodeGlyph(glyph));
  }
  return new ProtoWriter().bytesField(1, stack.finish()).finish();
}
