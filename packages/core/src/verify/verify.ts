import { reputation } from '../reputation.ts';
import { score } from '../score.ts';
import { defaultScenario } from '../scenario/default.ts';
import { verifyReputationTable } from './reputation-table.ts';
import { verifyOverallTable, verifyPillarTables, verifyTierRule } from './tables.ts';
import { verifyText } from './text.ts';
import type { VerifiableEdition, Verification } from './types.ts';

/**
 * Recomputes every published cell from the indicator values with the default scenario (the
 * report's method) and compares: scores within 0.1 (inputs are printed to one decimal), ranks,
 * tiers and labels exactly; a mismatch is explained only by an erratum whose corrected value the
 * engine reproduces.
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
