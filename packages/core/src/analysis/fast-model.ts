import type { Dataset } from '@smartcities/data/schema';
import type { Issue } from '../errors.ts';
import { aggregationMethods } from '../aggregate/registry.ts';
import { normalisationMethods, type NormalisationMethod } from '../normalise/registry.ts';
import type { ScoreResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import { tierRules } from '../tiers/registry.ts';
import type { TierRule } from '../tiers/types.ts';
import { designAt } from './design.ts';
import { groupWeights, inputOf, pick, type DesignSpace } from './design-space.ts';
import { aggregateInto } from './fast-aggregate.ts';
import { compileNodes, nodeValue } from './fast-nodes.ts';
import { normalisedTable, type NormalisedTable } from './normalised-table.ts';
import { rankInto } from './rank-into.ts';
import { replayRun } from './replay-run.ts';

/** At most this many cached scores per aggregate (16 MB of scores and logs), so large tables stay bounded. */
const CACHE_LIMIT = 1 << 20;

/** Tier codes written by a model: 0 leading, 1 advanced, 2 following, 3 unscored. */
export const tierCode = { leading: 0, advanced: 1, following: 2 } as const;

/** Scores design points quickly, with exactly the ranks and tiers `score()` gives. */
export interface FastModel {
  units: number;
  /**
   * Scores the design at `point`, writing competition ranks (NaN = unranked) and tier codes;
   * returns null, or the issue that stops the run (for a repeated kind of failure, the message
   * of its first occurrence). With `scores`, also copies the index scores there.
   */
  evaluate(point: Float64Array, ranks: Float64Array, tiers: Uint8Array, scores?: Float64Array): Issue | null;
}

/**
 * Compiles a scenario and its design space into a typed-array model. Normalised columns are
 * computed once per normalisation method; aggregates whose weights do not vary are computed once
 * per (normalisation, aggregation, dropped indicator) and cached; each run only aggregates the
 * rest (arithmetic and geometric means inline, in `score()`'s own operation order), rescales,
 * ranks like `competitionRank` and classifies with the tier rule's own cut-offs (above upper
 * leading, at or below lower following, as `classify` does). Everything else goes through
 * `replayRun` (slow but general): other aggregation methods, a geometric mean that must shift
 * values, a rescaling failure, and a normalisation that fails for some indicator (dropping that
 * indicator may let the run succeed). So results never depend on the path taken.
 */
export function compileModel(
  dataset: Dataset,
  scenario: Scenario,
  nominal: ScoreResult,
  space: DesignSpace,
): FastModel {
  const { plan, unitIds } = nominal;
  const units = unitIds.length;
  const nodes = compileNodes(plan, space, units);
  const index = new Float64Array(units);
  const order = new Int32Array(units);
  const tables = new Map<NormalisationMethod, NormalisedTable | { issues: Issue[] }>();
  const tableOf = (method: NormalisationMethod) => {
    if (!tables.has(method)) tables.set(method, normalisedTable(dataset, scenario, method, plan.indicators));
    return tables.get(method)!;
  };
  const seen = new Map<string, Issue>();
  const tierRule = tierRules[scenario.tiers.rule] as TierRule<Scenario['tiers']>;
  const [normalisation, aggregation, dropped] = [
    inputOf(space, 'normalisation'),
    inputOf(space, 'aggregation'),
    inputOf(space, 'drop'),
  ];
  let scoresOut: Float64Array | undefined;
  const finish = (index: Float64Array, ranks: Float64Array, tiers: Uint8Array): null => {
    scoresOut?.set(index);
    rankInto(index, order, ranks);
    const { upper, lower } = tierRule.cutoffs(index, scenario.tiers);
    for (let u = 0; u < units; u++) {
      const s = index[u]!;
      tiers[u] = Number.isNaN(s)
        ? 3
        : s > upper
          ? tierCode.leading
          : s <= lower
            ? tierCode.following
            : tierCode.advanced;
    }
    return null;
  };
  const slow = (point: Float64Array, ranks: Float64Array, tiers: Uint8Array): Issue | null => {
    const replayed = replayRun(dataset, scenario, designAt(space, point));
    if (!replayed.ok) return replayed.issues[0]!;
    return finish(replayed.result.scores[nominal.tree.root]!, ranks, tiers);
  };
  const failed = (key: string, point: Float64Array, ranks: Float64Array, tiers: Uint8Array): Issue | null => {
    if (!seen.has(key)) {
      const issue = slow(point, ranks, tiers);
      if (!issue) throw new Error(`fast model bug: "${key}" failed here but score() accepted the run`);
      seen.set(key, issue);
    }
    return seen.get(key)!;
  };
  return {
    units,
    evaluate(point, ranks, tiers, scores) {
      scoresOut = scores;
      const method = normalisation
        ? pick(normalisation.input.options, point[normalisation.at]!)
        : scenario.normalisation.method;
      const table = tableOf(method);
      if ('issues' in table) return slow(point, ranks, tiers);
      const forced = aggregation ? pick(aggregation.input.options, point[aggregation.at]!) : null;
      const drop = dropped ? plan.indicators.indexOf(pick(dropped.input.options, point[dropped.at]!)) : -1;
      for (const node of nodes) {
        const aggregation = forced ?? node.method;
        const key =
          (normalisationMethods.indexOf(method) * 16 + aggregationMethods.indexOf(aggregation)) *
            (plan.indicators.length + 2) +
          drop +
          1;
        if (node.cacheable && node.cache.has(key)) {
          node.value = node.cache.get(key)!;
          continue;
        }
        const caching = node.cacheable && (node.cache.size + 1) * units <= CACHE_LIMIT;
        node.value = caching ? nodeValue(units) : node.scratch;
        node.value.logsReady = false;
        const weights = node.group ? groupWeights(node.group, point, node.weights) : node.weights;
        const outcome = aggregateInto(node, aggregation, weights, table, nodes, drop, scenario.aggregation);
        if (outcome === 'slow') return slow(point, ranks, tiers);
        if (outcome === 'non-positive')
          return failed(`non-positive ${method} ${node.id}`, point, ranks, tiers);
        if (caching) node.cache.set(key, node.value);
      }
      index.set(nodes[nodes.length - 1]!.value.out);
      if (scenario.rescale === 'leader-100' && !rescale(index)) return slow(point, ranks, tiers);
      return finish(index, ranks, tiers);
    },
  };
}

/** leader-100 in place, as `score()` does it; false when the leader is not positive (the slow path reports it). */
function rescale(index: Float64Array): boolean {
  let max = -Infinity;
  for (let u = 0; u < index.length; u++) if (index[u]! > max) max = index[u]!;
  if (!(max > 0)) return false;
  for (let u = 0; u < index.length; u++) index[u] = (index[u]! / max) * 100;
  return true;
}
