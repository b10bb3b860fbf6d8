import type { Dataset } from '@smartcities/data/schema';
import type { Issue } from '../errors.ts';
import type { Scenario } from '../scenario/schema.ts';
import { safeScore, score } from '../score.ts';

/** One unit's rank with and without the removed node; `change` = nominal - rank (positive: moved up). */
export interface RankChange {
  city: string;
  nominal: number;
  rank: number;
  change: number;
}

/** What removing one node does to the ranking, or why it cannot be removed. */
export type RemoveOneRow =
  | {
      node: string;
      type: 'indicator' | 'aggregate';
      ok: true;
      meanAbsoluteChange: number;
      maxAbsoluteChange: number;
      changes: RankChange[];
    }
  | { node: string; type: 'indicator' | 'aggregate'; ok: false; issues: Issue[] };

/**
 * Removes each active indicator, then each active aggregate below the index (the pillars), one
 * at a time, re-scores through `score()` and reports every unit's rank change and the mean
 * absolute change over the units ranked both times. A removal the scenario cannot take (the
 * last child of an aggregate) gives its issues instead. Throws a ScoringError when the scenario
 * itself does not fit.
 * @example removeOne(edition2020.dataset, defaultScenario).find((row) => row.node === 'open-data')
 */
export function removeOne(dataset: Dataset, scenario: Scenario): RemoveOneRow[] {
  const nominal = score(dataset, scenario);
  const root = nominal.tree.root;
  const reference = nominal.ranks[root]!;
  const nodes = [
    ...nominal.plan.indicators.map((node) => ({ node, type: 'indicator' as const })),
    ...nominal.plan.aggregates
      .filter((id) => id !== root)
      .map((node) => ({ node, type: 'aggregate' as const })),
  ];
  return nodes.map(({ node, type }) => {
    const scored = safeScore(dataset, { ...scenario, exclude: [...scenario.exclude, node] });
    if (!scored.ok) return { node, type, ok: false, issues: scored.issues };
    const ranks = scored.result.ranks[root]!;
    const changes = nominal.unitIds.map((city, u) => ({
      city,
      nominal: reference[u]!,
      rank: ranks[u]!,
      change: reference[u]! - ranks[u]!,
    }));
    const observed = changes.map((c) => Math.abs(c.change)).filter((c) => !Number.isNaN(c));
    const meanAbsoluteChange = observed.reduce((sum, c) => sum + c, 0) / observed.length;
    return { node, type, ok: true, meanAbsoluteChange, maxAbsoluteChange: Math.max(...observed), changes };
  });
}
