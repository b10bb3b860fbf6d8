import { noteOf, type PublishedNote } from './published-figures.ts';
import { besidePrinted } from './printed-option.ts';
import { verify } from './verify/verify.ts';
import type { Verification } from './verify/types.ts';

/** What table 2-6 prints for one city: paper count, reputation rank, smart city rank and their difference. */
export interface PublishedReputation {
  papers: number;
  reputationRank: number;
  smartCityRank: number;
  difference: number;
  /** The figures whose recomputed values differ, each with its reason (an erratum for table 2-6). */
  notes: PublishedNote[];
}

const fields = ['papers', 'reputationRank', 'smartCityRank', 'difference'] as const;

/**
 * The printed row of table 2-6 for every city, read from a verification, so each figure carries
 * the status `verify` gave it. Show them beside the computed reputation under the report's method only.
 * @example publishedReputation(verify(edition2020))['hong-kong'] // { reputationRank: 8, notes: [{ field: 'reputationRank', computed: 7, status: 'erratum', … }], … }
 */
export function publishedReputation(verification: Verification): Record<string, PublishedReputation> {
  const out: Record<string, PublishedReputation> = {};
  for (const cell of verification.rows) {
    const field = fields.find((f) => f === cell.column);
    if (cell.table !== '2-6' || !cell.city || !field) continue;
    const target = (out[cell.city] ??= {
      papers: NaN,
      reputationRank: NaN,
      smartCityRank: NaN,
      difference: NaN,
      notes: [],
    });
    target[field] = Number(cell.published);
    if (cell.status !== 'exact') target.notes.push(noteOf(field, cell));
  }
  return out;
}

/**
 * Table 2-6 as printed, to show beside a reputation computed from `result`: under the report's
 * method on the edition's inputs only (verified once per edition object), none otherwise.
 * @example reputationView(reputation(papers, result), { ...printedReputation(result, edition2020) })
 */
export const printedReputation = besidePrinted((edition) => publishedReputation(verify(edition)));
