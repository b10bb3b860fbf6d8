/**
 * Competition ranks ("1224") of scores where higher is better: tied scores share the lowest rank
 * number and the next score skips the places they take. Missing scores (null or NaN) get null and
 * take no place; an empty input gives an empty output.
 * @example competitionRanks([90, 80, 80, 70]) // [1, 2, 2, 4]
 */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  const present = scores.filter((score): score is number => score !== null && !Number.isNaN(score));
  return scores.map((score) =>
    score === null || Number.isNaN(score) ? null : 1 + present.filter((other) => other > score).length,
  );
}
