import { reputation } from '../reputation.ts';
import { score } from '../score.ts';
import { defaultScenario } from '../scenario/default.ts';
import { verifyReputationTable } from './reputation-table.ts';
import { verifyOverallTable, verifyPillarTables, verifyTierRule } from './tables.ts';
import { verifyText } from './text.ts';
import type { VerifiableEdition, Verification } from './types.ts';

/**
 * Recomputes, from the indicator values with the default scenario (the report's method), the
 * printed RESULTS and compares them with print: the overall table's scores, ranks, tiers and row
 * labels, the tier rule, the pillar scores, ranks and labels of tables 2-1 to 2-5, the ranks and
 * differences of table 2-6, and the text's rank claims and city names. Scores match within 0.1
 * (inputs are printed to one decimal), everything else exactly; a mismatch is explained only by an
 * erratum whose corrected value the engine reproduces. It does NOT check the inputs themselves:
 * the 420 indicator values of tables 2-1 to 2-5 and the paper counts of table 2-6 are taken as given.
 * @example verify(edition2020).failed // 0
 */
export function verify(edition: VerifiableEdition): Verification {
  const result = score(edition.dataset, defaultScenario);
  const names = new Map(edition.cities.map((c) => [c.id, c.name]));
  const errata = new Map(edition.errata.map((e) => [e.id, e]));
  const lookup = { result, names, errata };
  const repRanks = new Map(reputation(edition.papers, result).rows.map((r) => [r.city, r.reputationRank]));
  const rows = [
    ...verifyOverallTable(edition.published, lookup),
    ...verifyTierRule(edition.published, lookup),
    ...verifyPillarTables(edition.published, lookup),
    ...verifyReputationTable(edition.published, edition.papers, result, names, errata),
    ...verifyText(edition.published, result, repRanks, names, edition.aliases ?? {}, errata),
  ];
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return {
    cells: rows.length,
    passed: count('pass'),
    explained: count('explained'),
    failed: count('fail'),
    rows,
  };
}
