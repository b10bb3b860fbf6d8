import type { ScoreResult } from '../result.ts';

/** A city near another by pillar profile, with the Euclidean distance between their pillar scores. */
export interface SimilarCity {
  city: string;
  distance: number;
}

/**
 * The cities whose pillar scores (the active children of the index under the scenario) lie
 * closest to `city`'s, by Euclidean distance over the pillars both have; nearest first, ties in
 * unit order, at most `count` (default 3). Cities sharing no observed pillar are left out; an
 * unknown city gives an empty list.
 * @example similarCities(result, 'shanghai')[0] // { city: 'beijing', distance: 4.67… }
 */
export function similarCities(result: ScoreResult, city: string, count = 3): SimilarCity[] {
  const u = result.unitIds.indexOf(city);
  if (u < 0) return [];
  const pillars = result.plan.children.get(result.tree.root)?.ids ?? [];
  const columns = pillars.map((id) => result.scores[id]!);
  const rows = result.unitIds.flatMap((other, v): SimilarCity[] => {
    if (v === u) return [];
    const distance = distanceBetween(columns, u, v);
    return Number.isNaN(distance) ? [] : [{ city: other, distance }];
  });
  return rows.sort((a, b) => a.distance - b.distance).slice(0, count);
}

function distanceBetween(columns: readonly Float64Array[], u: number, v: number): number {
  let sum = 0;
  let used = 0;
  for (const column of columns) {
    const d = column[u]! - column[v]!;
    if (Number.isNaN(d)) continue;
    sum += d * d;
    used++;
  }
  return used === 0 ? NaN : Math.sqrt(sum);
}
