import { reputation } from '../reputation.ts';
import { score } from '../score.ts';
import { defaultScenario } from '../scenario/default.ts';
import type { VerifyContext } from './context.ts';
import { overallNumbers, verifyOverallTable, verifyTierRule } from './overall-table.ts';
import { verifyPillarScores, verifyPillarTables } from './pillar-tables.ts';
import { verifyReputationTable } from './reputation-table.ts';
import { roundingBounds } from './rounding-bounds.ts';
import { verifyText } from './text.ts';
import type { StatusCounts, VerifiableEdition, Verification, VerifiedCell } from './types.ts';

/**
 * Recomputes every printed number from the indicator values with the report's own method and
 * gives each one a status: `exact` (rounded half up as printed, the digits agree), `rounding`
 * (within the cell's bound: how far the rounding of the one-decimal inputs can move it), `erratum`
 * (an erratum says why, and its correction is what the engine computes) or `failed`. The printed
 * inputs of tables 2-1 to 2-5 and the paper counts of table 2-6 are checked against the dataset.
 * Names, the overall table's second printing of the pillar scores, the printed total and the
 * prose's claims are checked apart (`other`).
 * @example verify(edition2020).summary // { cells: 760, exact: …, rounding: …, erratum: …, failed: 0 }
 */
export function verify(edition: VerifiableEdition): Verification {
  const ctx = verifyContext(edition);
  const { result } = ctx;
  const computed = reputation(edition.papers, result);
  const repRanks = new Map(computed.rows.map((r) => [r.city, r.reputationRank]));
  const parts = [
    verifyOverallTable(edition.published, ctx),
    verifyPillarTables(edition.published.pillars, ctx),
    verifyReputationTable(edition.published, edition.papers, computed, ctx),
  ];
  const rows = parts.flatMap((p) => p.numbers);
  const other = [
    ...parts.flatMap((p) => p.other),
    ...verifyTierRule(edition.published, ctx),
    ...verifyText(edition.published, result, repRanks, ctx.names, edition.aliases ?? {}, ctx.errata),
  ];
  return { summary: countStatuses(rows), rows, other: { summary: countStatuses(other), rows: other } };
}

/**
 * Only the printed scores, ranks and tiers of the overall table and of tables 2-1 to 2-5, judged
 * as `verify` judges them: what surfaces show beside computed figures (`publishedFigures`),
 * without the input, paper-count and prose checks they do not show. `result`, when given, must be
 * the edition's dataset scored with the report's method (it saves scoring it again).
 */
export function verifyPrintedScores(
  edition: VerifiableEdition,
  result = score(edition.dataset, defaultScenario),
): Verification {
  const ctx = verifyContext(edition, result);
  const rows = [
    ...overallNumbers(edition.published, ctx),
    ...edition.published.pillars.flatMap((table) => verifyPillarScores(table, ctx)),
  ];
  return { summary: countStatuses(rows), rows, other: { summary: countStatuses([]), rows: [] } };
}

function verifyContext(
  edition: VerifiableEdition,
  result = score(edition.dataset, defaultScenario),
): VerifyContext {
  return {
    dataset: edition.dataset,
    result,
    bounds: roundingBounds(edition.dataset, result),
    names: new Map(edition.cities.map((c) => [c.id, c.name])),
    errata: new Map(edition.errata.map((e) => [e.id, e])),
  };
}

/** How many cells have each status. */
export function countStatuses(rows: readonly VerifiedCell[]): StatusCounts {
  const counts: StatusCounts = { cells: rows.length, exact: 0, rounding: 0, erratum: 0, failed: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
