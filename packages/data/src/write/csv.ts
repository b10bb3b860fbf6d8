/** A value as one CSV field (RFC 4180): quoted when it holds a comma, quote or line break; empty when missing. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value)))
    return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text: a header line of the columns (default: the keys of the first row, then any
 * new keys in order of appearance), one line per row, `\n` line ends, numbers unrounded.
 * @example toCsv([{ city: 'london', score: 100 }]) // "city,score\nlondon,100\n"
 */
export function toCsv(
  rows: readonly Readonly<Record<string, unknown>>[],
  columns?: readonly string[],
): string {
  const keys = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [keys.map(csvField).join(',')];
  for (const row of rows) lines.push(keys.map((key) => csvField(row[key])).join(','));
  return `${lines.join('\n')}\n`;
}
