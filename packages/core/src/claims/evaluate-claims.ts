import type { Claim } from '@smartcities/data/schema';
import type { ScoreResult } from '../result.ts';
import { evaluateOne } from './evaluators.ts';
import type { ClaimCheck, ClaimContext } from './types.ts';

/**
 * Checks each claim of the report against a result (any scenario): pure, in the claims' order.
 * A claim whose ranking is excluded, or whose group or paper counts are not given, is
 * `not-applicable`. Ranks are competition ranks on unrounded scores (ties share the lowest rank).
 * @example evaluateClaims(score(edition2020.dataset), edition2020.report.claims, { groups })[0].status // 'holds'
 */
export function evaluateClaims(
  result: ScoreResult,
  claims: readonly Claim[],
  context: ClaimContext = { groups: {} },
): ClaimCheck[] {
  return claims.map((claim) => ({ id: claim.id, claim, ...evaluateOne(claim, result, context) }));
}
