/** A flat record: dotted column names to plain cell values. */
export type FlatRecord = Record<string, string | number | boolean | null>;

/**
 * Flattens nested objects into dotted columns (`pillars.economy.score`); arrays become `a;b`
 * (objects inside arrays as JSON); undefined values are left out.
 * @example flattenRecord({ city: 'london', pillars: { economy: { score: 1.5 } } }) // { city: 'london', 'pillars.economy.score': 1.5 }
 */
export function flattenRecord(value: unknown, prefix = '', out: FlatRecord = {}): FlatRecord {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flattenRecord(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (Array.isArray(value)) {
    out[prefix] = value
      .map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item)))
      .join(';');
  } else if (value !== undefined) {
    out[prefix] = value as string | number | boolean | null;
  }
  return out;
}
