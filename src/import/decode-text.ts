import { ImportFailure } from './import-error';

/**
 * Turns a file's bytes into text so æøå survive: a UTF-16 byte-order mark (Excel's "Unicode text") decides UTF-16;
 * otherwise UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what Norwegian Excel writes as "CSV (semikolon)").
 * Valid UTF-8 that is really Windows-1252 is practically impossible for Norwegian text: "ø" alone (0xF8) is never valid.
 */
export function decodeText(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
} {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** TextDecoder labels for what a Shapefile's `.cpg` says ("UTF-8", "1252", "ANSI 1252", "ISO-8859-1" …). */
export function decoderForCodePage(cpg: string, file: string): TextDecoder {
  const said = cpg.trim();
  const key = said.toLowerCase().replace(/^ansi[ _]?|^cp|^windows-?/, '');
  const label =
    key === 'utf-8' || key === 'utf8'
      ? 'utf-8'
      : /^\d{4}$/.test(key) && key.startsWith('12')
        ? `windows-${key}`
        : /^(iso-?)?8859-?\d+$/.test(key) || /^8859\d$/.test(key)
          ? `iso-8859-${key.replace(/^(iso-?)?8859-?/, '')}`
          : key;
  try {
    return new TextDecoder(label);
  } catch {
    throw new ImportFailure(
      'unknown-encoding',
      `${file} names the character encoding "${said.slice(0, 40)}", which this app cannot decode. Save the Shapefile as UTF-8.`,
    );
  }
}
