import type { ReportPlace } from '@smartcities/data/schema';
import { describeClaim, type NameOf } from './describe.ts';
import type { ClaimCheck, ClaimStatus } from './types.ts';

/** A checked claim ready to show: its sentence, status, what was observed, where the report makes it. */
export interface ClaimLine {
  id: string;
  kind: string;
  text: string;
  status: ClaimStatus;
  observed: Record<string, number | null>;
  place: ReportPlace;
  erratum: string | null;
  /** Our interpretation of the report's words, when we had to interpret. */
  reading: string | null;
  /** The ranking the claim is about (a node id or `reputation`), null for tier claims. */
  ranking: string | null;
}

/**
 * Checked claims as lines in English or Chinese, in their order, with a tally of how many hold,
 * fail or cannot be checked: the one presentation the web, the API and the CLI share.
 * @example describeChecks(evaluateClaims(result, claims, context), 'en', nameOf).lines[0].text // "London ranks first overall"
 */
export function describeChecks(
  checks: readonly ClaimCheck[],
  lang: 'en' | 'zh',
  nameOf: NameOf,
): { lines: ClaimLine[]; tally: Record<ClaimStatus, number> } {
  const lines = checks.map(({ id, claim, status, observed }) => ({
    id,
    kind: claim.kind,
    text: describeClaim(claim, lang, nameOf),
    status,
    observed,
    place: claim.place,
    erratum: claim.erratum ?? null,
    reading: claim.reading?.[lang] ?? null,
    ranking: 'ranking' in claim ? claim.ranking : claim.kind === 'reputation-gap' ? 'reputation' : null,
  }));
  return { lines, tally: tallyClaims(lines) };
}

/** How many claims hold, fail, or cannot be checked. */
export function tallyClaims(lines: readonly { status: ClaimStatus }[]): Record<ClaimStatus, number> {
  const tally = { holds: 0, fails: 0, 'not-applicable': 0 };
  for (const line of lines) tally[line.status]++;
  return tally;
}
