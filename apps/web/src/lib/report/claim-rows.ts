import { describeClaim, type ClaimCheck, type ClaimStatus } from '@smartcities/core';
import type { Bilingual, ReportPlace } from '@smartcities/data/schema';
import type { Lang } from '../i18n/lang';
import { nameOfTable, type NameTable } from './name-table';

/** A claim ready to show: its sentence, whether it holds, where the report makes it. */
export interface ClaimRow {
  id: string;
  text: string;
  status: ClaimStatus;
  place: ReportPlace;
  erratum: string | null;
  reading: string | null;
  /** The ranking the claim is about (a node id or `reputation`), null for tier claims. */
  ranking: string | null;
}

/** Checked claims as rows in a language, in their order. */
export function claimRows(checks: readonly ClaimCheck[], lang: Lang, names: NameTable): ClaimRow[] {
  const nameOf = nameOfTable(names);
  return checks.map(({ id, claim, status }) => ({
    id,
    text: describeClaim(claim, lang, nameOf),
    status,
    place: claim.place,
    erratum: claim.erratum ?? null,
    reading: claim.reading ? (claim.reading as Bilingual)[lang] : null,
    ranking: 'ranking' in claim ? claim.ranking : claim.kind === 'reputation-gap' ? 'reputation' : null,
  }));
}

/** How many rows hold, fail, or cannot be checked. */
export function claimTally(rows: readonly ClaimRow[]): Record<ClaimStatus, number> {
  const tally = { holds: 0, fails: 0, 'not-applicable': 0 };
  for (const row of rows) tally[row.status]++;
  return tally;
}
