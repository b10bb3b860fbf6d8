/**
 * The one CSV writer of the project (the CLI, the API and the web downloads all use it).
 *
 * Format: RFC 4180 with a header row, `\r\n` line ends, UTF-8 text (no byte-order mark); a field is
 * quoted when it holds a comma, a double quote, `\r` or `\n`, and inner quotes are doubled. Numbers
 * keep every digit (shortest round-trip form); missing values (null, undefined, NaN, ±Infinity) are
 * empty fields; objects are written as JSON.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet opening the file would run a text cell
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula. Such TEXT cells,
 * header cells included, are neutralised by a leading single quote (`'=HYPERLINK(...)`), which
 * spreadsheets show as text. Values written from numbers are never touched: -3.2 stays -3.2.
 */

const formulaStart = /^[=+\-@\t\r]/;

/** Text as a spreadsheet will show it and never run: a leading `'` before a formula-starting character. */
export const neutraliseFormula = (text: string): string => (formulaStart.test(text) ? `'${text}` : text);

/** A value as one CSV field (RFC 4180): neutralised if it is formula-like text, quoted when needed, empty when missing. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value)))
    return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = neutraliseFormula(typeof value === 'object' ? JSON.stringify(value) : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text: a header line of the columns (default: the keys of the first row, then any
 * new keys in order of appearance), one line per row, `\r\n` line ends, numbers unrounded.
 * @example toCsv([{ city: 'london', score: 100 }]) // "city,score\r\nlondon,100\r\n"
 */
export function toCsv(
  rows: readonly Readonly<Record<string, unknown>>[],
  columns?: readonly string[],
): string {
  const keys = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [keys.map(csvField).join(',')];
  for (const row of rows) lines.push(keys.map((key) => csvField(row[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
