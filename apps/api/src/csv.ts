type Flat = Record<string, string | number | boolean | null>;

/** Flattens nested objects into dotted columns (`pillars.economy.score`); arrays become `a;b`. */
function flatten(value: unknown, prefix: string, out: Flat): Flat {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (Array.isArray(value)) {
    out[prefix] = value
      .map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item)))
      .join(';');
  } else if (value !== undefined) {
    out[prefix] = value as string | number | boolean | null;
  }
  return out;
}

/** One CSV field: empty for null, shortest round-trip text for numbers, quoted when needed. */
function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Renders rows as RFC 4180 CSV with a header row: nested objects become dotted columns, columns
 * appear in first-seen order, missing values are empty, numbers keep every digit.
 * @example toCsv([{ city: 'london', pillars: { economy: { score: 1.5 } } }]) // "city,pillars.economy.score\r\nlondon,1.5\r\n"
 */
export function toCsv(rows: readonly unknown[]): string {
  const flat = rows.map((row) => flatten(row, '', {}));
  const columns = [...new Set(flat.flatMap((row) => Object.keys(row)))];
  const lines = [
    columns.map(field).join(','),
    ...flat.map((row) => columns.map((c) => field(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
