/**
 * CSV cells that are safe to open in a spreadsheet, for every CSV variant the app writes.
 *
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` as a formula (and some also after a leading
 * tab, carriage return or NUL), so a place name or a proposal name from a shared link such as
 * `=HYPERLINK("https://…";"klikk")` would become a live formula in the user's Excel. Following OWASP's CSV
 * injection advice, such a text cell is prefixed with a single quote (the spreadsheet then shows it as text) and
 * quoted. Numbers the app computed are written as numbers: a negative figure stays a number.
 */

/** A CSV variant: what separates fields, and how a number is written. */
export interface CsvDialect {
  /** Between fields: `,` (RFC 4180) or `;` (what Norwegian spreadsheet programs expect). */
  readonly delimiter: ',' | ';';
  /** Writes a finite number (e.g. with a decimal comma for a Norwegian spreadsheet). */
  readonly formatNumber: (value: number) => string;
}

/** RFC 4180: comma-separated, decimal point. */
export const RFC4180_DIALECT: CsvDialect = { delimiter: ',', formatNumber: (value) => String(value) };

/**
 * What a Norwegian spreadsheet program (Excel with Norwegian regional settings) reads as columns and numbers:
 * semicolon-separated, decimal comma, no thousands separator (so the cell stays a number).
 */
export const NORWEGIAN_SPREADSHEET_DIALECT: CsvDialect = {
  delimiter: ';',
  formatNumber: (value) => String(value).replace('.', ','),
};

/** First characters that make a spreadsheet read a cell as a formula (OWASP; NUL from OWASP ASVS 1.2.10). */
const FORMULA_TRIGGER = /^[=+\-@\t\r\0]/;

/** A text cell that a spreadsheet would run as a formula gets a leading single quote, so it is read as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/**
 * One CSV field in `dialect`: text neutralised against formulas, then quoted (quotes doubled) when it holds the
 * delimiter, a quote or a line break, or when it was neutralised; null is an empty field, never 0 or "null".
 */
export function csvCell(value: string | number | boolean | null, dialect: CsvDialect = RFC4180_DIALECT): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? dialect.formatNumber(value) : '';
  if (typeof value === 'boolean') return String(value);
  const text = neutraliseFormula(value);
  const mustQuote = text !== value || /["\r\n]/.test(text) || text.includes(dialect.delimiter);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}
