import type { Dataset } from '@smartcities/data/schema';
import { aggregators } from './aggregate/registry.ts';
import { competitionRank } from '@smartcities/data/stats';
import { ScoringError, type Issue } from './errors.ts';
import { leader100 } from './leader-100.ts';
import { checkAggregated, checkNormalised } from './finite.ts';
import { frameworkTree, type FrameworkTree } from './framework/tree.ts';
import { matrixOf } from './matrix.ts';
import { normalisers } from './normalise/registry.ts';
import { planFor, type Plan } from './plan.ts';
import { prepareData, type DataLog } from './prepare/prepare-data.ts';
import type { ScoreResult } from './result.ts';
import { scenarioHash } from './scenario/hash.ts';
import { defaultScenario } from './scenario/default.ts';
import type { Scenario } from './scenario/schema.ts';
import { assignTiers } from './tiers/registry.ts';
import { ENGINE_VERSION } from './version.ts';

/**
 * Computes the index: run the scenario's data steps (screen, impute, treat), normalise every active indicator, aggregate level by level up to the
 * index, rescale, rank (competition ranking on unrounded scores) and assign tiers. Throws a
 * ScoringError when the scenario does not fit the dataset; use `safeScore` for untrusted input.
 * @example score(edition2020.dataset).scores.index // Float64Array [100, 98.681…, 97.851…, …] (London, New York, Singapore)
 */
export function score(dataset: Dataset, scenario: Scenario = defaultScenario): ScoreResult {
  const { tree, plan, unitIds, scores, data } = scoreColumns(dataset, scenario);
  const ranks: Record<string, Float64Array> = {};
  for (const id of plan.aggregates) ranks[id] = competitionRank(scores[id]!);
  return {
    provenance: {
      edition: dataset.edition.id,
      dataVersion: dataset.edition.version,
      dataHash: dataset.edition.hash,
      /** Hashed on first read (scorings that never show provenance, as in `explain`, skip it). */
      get scenarioHash() {
        return scenarioHash(scenario);
      },
      engineVersion: ENGINE_VERSION,
    },
    scenario,
    unitIds,
    tree,
    plan,
    scores,
    ranks,
    tiers: assignTiers(scores[tree.root]!, scenario.tiers),
    ...(data && { data }),
  };
}

/** The columns `score` computes (normalised indicators, every aggregate, the rescaled index). */
export interface ScoreColumns {
  tree: FrameworkTree;
  plan: Plan;
  unitIds: readonly string[];
  scores: Record<string, Float64Array>;
  /** What the scenario's data steps did (absent when it has none). */
  data?: DataLog;
}

/**
 * The first half of `score`: every column, without ranks, tiers or provenance; for analyses
 * that score many scenarios and read only the index (`explain`'s mixed scenarios). Throws a
 * ScoringError as `score` does.
 */
export function scoreColumns(input: Dataset, scenario: Scenario): ScoreColumns {
  const prepared = scenario.data ? prepareData(input, scenario.data) : undefined;
  const dataset = prepared?.dataset ?? input;
  const tree = frameworkTree(dataset.framework);
  const plan = planFor(tree, scenario);
  const { unitIds, columns } = matrixOf(dataset);
  const scores: Record<string, Float64Array> = {};
  const steps = { tree, plan, unitIds, scenario };
  for (const id of plan.indicators) scores[id] = normaliseColumn(steps, id, columns.get(id)!);
  for (const id of plan.aggregates) scores[id] = aggregateNode(steps, id, scores);
  return { tree, plan, unitIds, scores, ...(prepared && { data: prepared.log }) };
}

/** What one step of `scoreColumns` reads: the tree, the plan, the units and the scenario. */
export interface ScoreSteps {
  tree: FrameworkTree;
  plan: Plan;
  unitIds: readonly string[];
  scenario: Scenario;
}

/**
 * One indicator's raw column, oriented by its direction and normalised by the scenario's method
 * (throws a ScoringError when the method gives non-finite values). Used by `scoreColumns` and by
 * analyses that rescore one changed column (`roundingBounds`).
 */
export function normaliseColumn(
  { tree, unitIds, scenario }: ScoreSteps,
  id: string,
  raw: Float64Array,
): Float64Array {
  const direction = tree.nodes.get(id)!.direction;
  const directed = direction === 1 ? raw : raw.map((v) => -v);
  const { method, params } = scenario.normalisation;
  const column = normalisers[method].apply(directed, params, { indicator: id, direction, unitIds });
  checkNormalised(column, raw, id, scenario);
  return column;
}

/**
 * One aggregate's column from its children's columns in `scores`, rescaled to leader 100 when it
 * is the root and the scenario says so (throws a ScoringError as `score` does).
 */
export function aggregateNode(
  steps: ScoreSteps,
  id: string,
  scores: Readonly<Record<string, Float64Array>>,
): Float64Array {
  const column = combineChildren(steps, id, scores);
  return id === steps.tree.root && steps.scenario.rescale === 'leader-100' ? leader100(column) : column;
}

/** One aggregate's column before any rescaling: its method applied to its children's columns. */
export function combineChildren(
  { plan, unitIds, scenario }: ScoreSteps,
  id: string,
  scores: Readonly<Record<string, Float64Array>>,
): Float64Array {
  const { ids, weights } = plan.children.get(id)!;
  const input = {
    columns: ids.map((kid) => scores[kid]!),
    weights,
    units: unitIds.length,
    params: scenario.aggregation,
    node: id,
  };
  const column = aggregators[plan.method.get(id)!].aggregate(input);
  checkAggregated(column, input.columns, id, plan, scenario);
  return column;
}

/** Scores without throwing: the result, or every issue that stops the scenario from applying. */
export function safeScore(
  dataset: Dataset,
  scenario: Scenario = defaultScenario,
): { ok: true; result: ScoreResult } | { ok: false; issues: Issue[] } {
  try {
    return { ok: true, result: score(dataset, scenario) };
  } catch (error) {
    if (error instanceof ScoringError) return { ok: false, issues: error.issues };
    throw error;
  }
}
