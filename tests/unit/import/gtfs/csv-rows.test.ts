import { describe, expect, it } from 'vitest';
import { openCsv, type CsvSyntaxError } from '../../../../src/import/gtfs/csv-rows';

const encode = (text: string) => new TextEncoder().encode(text);

function read(text: string, chunkBytes?: number) {
  const errors: CsvSyntaxError[] = [];
  const csv = openCsv('stops.txt', encode(text), (error) => errors.push(error), chunkBytes);
  return { columns: [...csv.columns.keys()], rows: [...csv.rows()].map((row) => [row.row, ...row.values]), errors };
}

describe('openCsv', () => {
  it('drops a byte-order mark, trims header names and reads CRLF lines', () => {
    const { columns, rows } = read('\uFEFFstop_id, stop_name\r\nA,Åråsen\r\nB,Strømmen\r\n');
    expect(columns).toEqual(['stop_id', 'stop_name']);
    expect(rows).toEqual([
      [2, 'A', 'Åråsen'],
      [3, 'B', 'Strømmen'],
    ]);
  });

  it('keeps quoted commas, doubled quotes and line breaks inside quotes, across chunk boundaries', () => {
    const text = 'id,name\n1,"Lillestrøm, ""spor 1"""\n2,"to\nlinjer"\n3,plain\n4,"æøå, igjen"\n';
    const expected = [
      [2, '1', 'Lillestrøm, "spor 1"'],
      [3, '2', 'to\nlinjer'],
      [4, '3', 'plain'],
      [5, '4', 'æøå, igjen'],
    ];
    // Chunks of 1, 5 and 64 bytes: every split falls after a line break outside quotes, never inside a field or a
    // multi-byte letter.
    for (const chunkBytes of [1, 5, 64]) expect(read(text, chunkBytes).rows).toEqual(expected);
  });

  it('reports a record it cannot parse with its row and skips it', () => {
    const { rows, errors } = read('id,name\n1,ok\n2,"open quote\n', 1);
    expect(rows).toEqual([[2, '1', 'ok']]);
    expect(errors).toEqual([{ file: 'stops.txt', row: 3, message: expect.stringMatching(/quote/i) }]);
  });
});
