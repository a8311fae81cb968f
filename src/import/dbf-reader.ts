import { ImportFailure } from './import-error';

/**
 * A reader of dBASE III `.dbf` attribute tables as Shapefiles carry them: field descriptors, then fixed-width records.
 * Every value is returned as trimmed text, decoded with the given decoder (from the `.cpg`, or detected), so a name is
 * never anything but text. Deleted records (`*`) keep their place as `null` so record n still matches shape n.
 */
export function readDbf(bytes: Uint8Array, file: string, decoder: TextDecoder): ([string, string][] | null)[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = (what: string): never => {
    throw new ImportFailure('invalid-shapefile', `${file} is damaged: ${what}. Export the Shapefile again.`);
  };
  if (bytes.byteLength < 32) broken('it is shorter than a dBASE header');
  const count = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < 33 || headerLength > bytes.byteLength) broken('its header length is wrong');
  const fields: { name: string; offset: number; length: number }[] = [];
  let offset = 1;
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== 0x0d; at += 32) {
    const nameBytes = bytes.subarray(at, at + 11);
    const end = nameBytes.indexOf(0);
    const name = decoder.decode(end < 0 ? nameBytes : nameBytes.subarray(0, end)).trim();
    const length = bytes[at + 16]!;
    fields.push({ name, offset, length });
    offset += length;
  }
  if (offset > recordLength) broken('its fields are wider than its records');
  if (headerLength + count * recordLength > bytes.byteLength)
    broken(`it says ${count} records but is shorter than that`);
  return Array.from({ length: count }, (_, i) => {
    const start = headerLength + i * recordLength;
    if (bytes[start] === 0x2a) return null;
    return fields.map(({ name, offset: o, length }): [string, string] => [
      name,
      decoder.decode(bytes.subarray(start + o, start + o + length)).trim(),
    ]);
  });
}
