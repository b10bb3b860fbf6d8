/** Levenshtein edit distance between two strings. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The closest candidate to a mistyped name, or undefined when nothing is close enough
 * (edit distance at most a third of the longer name, minimum 2; a prefix match also counts).
 * @example didYouMean('minmx', ['min-max', 'z-score']) // 'min-max'
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate.startsWith(lower) && lower.length >= 3) return candidate;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const limit = Math.max(2, Math.ceil(Math.max(lower.length, best?.length ?? 0) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** A message for an unknown name: `unknown <what> "x"; did you mean "y"? expected one of a, b`. */
export function unknownName(what: string, input: string, candidates: readonly string[]): string {
  const guess = didYouMean(input, candidates);
  const hint = guess ? ` did you mean "${guess}"?` : '';
  return `unknown ${what} "${input}";${hint} expected one of ${candidates.join(', ')}`;
}
