import { checkLabels } from './check-labels.ts';
import { checkOverallLabels } from './check-overall-labels.ts';
import { checkOverallScores } from './check-overall-scores.ts';
import { checkProseFacts } from './check-prose-facts.ts';
import { checkPillarScores } from './check-pillar-scores.ts';
import { checkRanks } from './check-ranks.ts';
import { checkReputation } from './check-reputation.ts';
import { checkTextClaims } from './check-text-claims.ts';
import { checkThresholds } from './check-thresholds.ts';
import { checkTiers } from './check-tiers.ts';
import { buildContext, type Context } from './context.ts';
import type { Finding } from './finding.ts';
import type { ConsistencyInput } from './input.ts';

const checks: readonly ((context: Context) => Finding[])[] = [
  checkOverallLabels,
  checkLabels,
  checkPillarScores,
  checkRanks,
  checkReputation,
  checkOverallScores,
  checkThresholds,
  checkTiers,
  checkTextClaims,
  checkProseFacts,
];

/** One finding per cell: a wrong row label outranks any other finding on the same label (its spelling). */
function onePerCell(findings: readonly Finding[]): Finding[] {
  const byCell = new Map<string, Finding>();
  for (const found of findings) {
    const kept = byCell.get(found.id);
    if (kept === undefined || (found.kind === 'row-label' && kept.kind !== 'row-label'))
      byCell.set(found.id, found);
  }
  return [...byCell.values()];
}

/**
 * Runs every cross-table check over the printed tables, values and text facts and returns the
 * contradictions, one per printed cell, sorted by id. Pure: it reads nothing but its input.
 * @example checkConsistency(consistencyInput2020).map((found) => found.id) // ['E-2-2-r3-label', ...]
 */
export function checkConsistency(input: ConsistencyInput): Finding[] {
  const context = buildContext(input);
  const findings = onePerCell(checks.flatMap((check) => check(context)));
  return findings.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
