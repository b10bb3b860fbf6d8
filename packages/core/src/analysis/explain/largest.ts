/**
 * The largest parts of a change by absolute size, largest first, leaving out zeros; ties keep
 * their input order. Used to say in one sentence why a unit moved.
 * @example largestParts({ weights: 1, aggregation: -3, data: 0 }, 2) // [['aggregation', -3], ['weights', 1]]
 */
export function largestParts(parts: Record<string, number>, count: number): [string, number][] {
  return Object.entries(parts)
    .filter(([, v]) => v !== 0 && Number.isFinite(v))
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, count);
}
