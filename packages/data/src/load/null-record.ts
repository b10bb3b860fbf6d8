/**
 * A record without a prototype built from entries, so that keys such as `__proto__`,
 * `constructor` or `toString` in user data are ordinary keys: present when given, absent
 * (undefined) otherwise, never an inherited function.
 * @example nullRecord([['constructor', '1']]).toString // undefined
 */
export function nullRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}
