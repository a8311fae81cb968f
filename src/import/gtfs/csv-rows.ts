import Papa from 'papaparse';

/** One record of a GTFS text file: `row` counts the header as row 1, as a spreadsheet shows it. */
export interface CsvRow {
  row: number;
  values: readonly string[];
}

/** A GTFS text file opened for reading: its header (trimmed column names) and its records, read chunk by chunk. */
export interface CsvFile {
  file: string;
  /** Column name → index in `values`. */
  columns: ReadonlyMap<string, number>;
  rows(): Generator<CsvRow>;
}

/** A record the CSV parser could not read (an unclosed quote, a stray quote): reported, never guessed at. */
export interface CsvSyntaxError {
  file: string;
  row: number;
  message: string;
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;
/** Decodes UTF-8; it (and papaparse) drop a leading byte-order mark, which only the header chunk can start with. */
const utf8 = new TextDecoder('utf-8');

/** Chunks of about 4 MB are decoded and parsed at a time, so a file of hundreds of MB never becomes one string. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Splits `bytes` into pieces that end just after a line break outside quotes (a quoted field may hold line breaks),
 * each about `chunkBytes` long. A doubled quote inside a quoted field toggles the state twice, so parity is enough.
 */
function* lineAlignedChunks(bytes: Uint8Array, chunkBytes: number): Generator<Uint8Array> {
  let start = 0;
  let inQuotes = false;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte === QUOTE) inQuotes = !inQuotes;
    else if (byte === NEWLINE && !inQuotes && index + 1 - start >= chunkBytes) {
      yield bytes.subarray(start, index + 1);
      start = index + 1;
    }
  }
  if (start < bytes.length) yield bytes.subarray(start);
}

function parseChunk(text: string): { data: string[][]; errors: Papa.ParseError[] } {
  const result = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: true });
  return { data: result.data, errors: result.errors };
}

/**
 * Opens one GTFS text file (UTF-8, with or without a byte-order mark, LF or CRLF line ends, RFC 4180 quoting) with
 * papaparse. The header is read at once; records are parsed lazily in chunks of `chunkBytes`, so only one chunk's
 * strings are alive at a time. Records the parser rejects go to `onSyntaxError` and are skipped.
 */
export function openCsv(
  file: string,
  bytes: Uint8Array,
  onSyntaxError: (error: CsvSyntaxError) => void,
  chunkBytes = CHUNK_BYTES,
): CsvFile {
  const firstBreak = bytes.indexOf(NEWLINE);
  const headerEnd = firstBreak === -1 ? bytes.length : firstBreak + 1;
  const headerRow = parseChunk(utf8.decode(bytes.subarray(0, headerEnd))).data[0] ?? [];
  const columns = new Map<string, number>();
  headerRow.forEach((name, index) => {
    const trimmed = name.trim();
    if (trimmed !== '' && !columns.has(trimmed)) columns.set(trimmed, index);
  });
  return {
    file,
    columns,
    *rows() {
      let row = 1;
      for (const chunk of lineAlignedChunks(bytes.subarray(headerEnd), chunkBytes)) {
        const { data, errors } = parseChunk(utf8.decode(chunk));
        const broken = new Set<number>();
        for (const error of errors) {
          if (error.row === undefined) continue;
          broken.add(error.row);
          onSyntaxError({ file, row: row + 1 + error.row, message: error.message });
        }
        for (let index = 0; index < data.length; index++) {
          row++;
          if (!broken.has(index)) yield { row, values: data[index]! };
        }
      }
    },
  };
}
