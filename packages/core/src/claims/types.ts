import type { Claim } from '@smartcities/data/schema';
import type { ScoreResult } from '../result.ts';

/** Whether a claim holds under a result; not-applicable when its ranking, city or group is not in play. */
export type ClaimStatus = 'holds' | 'fails' | 'not-applicable';

/**
 * A claim checked against a result: its status and what was observed (ranks per city, group
 * medians, tier counts or reputation gaps, keyed by city, group or `count`).
 */
export interface ClaimCheck {
  id: string;
  claim: Claim;
  status: ClaimStatus;
  observed: Record<string, number | null>;
}

/** What claims may need beside the result: the city groups by id and the paper counts (reputation). */
export interface ClaimContext {
  groups: Readonly<Record<string, readonly string[]>>;
  papers?: Readonly<Record<string, number | null>>;
}

/** What one kind of claim evaluates to. */
export type Outcome = Pick<ClaimCheck, 'status' | 'observed'>;

/** Evaluates one kind of claim. */
export type ClaimEvaluator<K extends Claim['kind']> = (
  claim: Extract<Claim, { kind: K }>,
  result: ScoreResult,
  context: ClaimContext,
) => Outcome;

/** The outcome of a claim that cannot be checked under the result. */
export const notApplicable: Outcome = { status: 'not-applicable', observed: {} };

/** holds/fails from a boolean. */
export const verdict = (ok: boolean, observed: Outcome['observed']): Outcome => ({
  status: ok ? 'holds' : 'fails',
  observed,
});
