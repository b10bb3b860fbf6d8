import type { Claim } from '../../../schema/index.ts';
import { claimsFromRankClaims } from './from-rank-claims.ts';
import { overallClaims } from './overall.ts';
import { pillarClaims } from './pillars.ts';
import { regionalClaims } from './regional.ts';

export { claimsFromRankClaims };

/**
 * Every quantitative statement of the report as a typed claim with its place: the overall ranking
 * and tiers, each pillar's leader, the prose's rank statements, "X above Y" comparisons, and the
 * regional and developing-economy comparisons. A claim with `erratum` is one the report misprints
 * (it does not hold under the report's own method).
 * @example claims.find((c) => c.id === 'london-first') // { kind: 'rank', city: 'london', rank: 1, … }
 */
export const claims: readonly Claim[] = [
  ...overallClaims,
  ...pillarClaims,
  ...claimsFromRankClaims(),
  ...regionalClaims,
];
