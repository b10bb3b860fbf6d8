import type { Dataset } from '@smartcities/data/schema';
import { aggregators } from '../aggregate/registry.ts';
import { matrixOf } from '../matrix.ts';
import { normalisers } from '../normalise/registry.ts';
import type { Plan } from '../plan.ts';
import type { ScoreResult } from '../result.ts';
import { leader100After } from '../leader-100.ts';
import { aggregateNode, combineChildren, normaliseColumn, score, type ScoreSteps } from '../score.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * Receives, for one nudged input, one aggregate that may have changed: its column after the nudge
 * and, when only one unit's cell can differ from the base, that unit (else -1: any cell may).
 * Aggregates not shown are the base's. The column may be reused after the call returns.
 */
export type NudgeVisitor = (id: string, after: Float64Array, unit: number) => void;

/**
 * Nudges every observed input of `dataset` by `step`, one at a time, and shows `visit` the scores
 * each nudge gives, computed by `score`'s own steps in the cheapest exact way:
 * - data steps (screening, imputation, treatment) can make one input change other cells: the whole
 *   dataset is rescored;
 * - when the normalisation and every aggregation read each unit's own values only (`unitWise`),
 *   a unit's scores do not depend on the other units, so one pass with every unit of an indicator
 *   nudged gives each unit's own scores; each nudge then takes its unit's cells from that pass,
 *   the other units' from the base, and the leader-100 rescaling is updated per nudge
 *   (`leader100After`: one cell, or the whole column when the leader's score moves);
 * - otherwise the nudged column is renormalised and the aggregates above it recomputed.
 */
export function visitNudges(
  dataset: Dataset,
  base: ScoreResult,
  scenario: Scenario,
  step: number,
  visit: NudgeVisitor,
): void {
  const steps: ScoreSteps = { tree: base.tree, plan: base.plan, unitIds: base.unitIds, scenario };
  const { columns } = matrixOf(dataset);
  const above = ancestors(base.plan);
  const nudger = scenario.data
    ? wholeRescoring(dataset, scenario)
    : unitWise(base.plan, scenario)
      ? unitPasses(base, steps, step)
      : columnRescoring(base, steps);
  for (const indicator of base.plan.indicators) {
    const raw = columns.get(indicator)!;
    const changed = scenario.data ? base.plan.aggregates : above.get(indicator)!;
    const nudge = nudger(indicator, raw, changed, visit);
    for (let u = 0; u < raw.length; u++) if (!Number.isNaN(raw[u]!)) nudge(u, raw[u]! + step);
  }
}

/** Prepares the nudges of one indicator: its raw column and the aggregates above it. */
type Nudger = (
  indicator: string,
  raw: Float64Array,
  changed: readonly string[],
  visit: NudgeVisitor,
) => Nudge;

/** Nudges the indicator's input of unit `u` to `value` and shows the visitor what changed. */
type Nudge = (u: number, value: number) => void;

/** True when the normalisation and every aggregation read each unit's own values only. */
function unitWise(plan: Plan, scenario: Scenario): boolean {
  return (
    normalisers[scenario.normalisation.method].unitWise === true &&
    [...plan.method.values()].every((m) => aggregators[m].unitWise?.(scenario.aggregation) === true)
  );
}

function unitPasses(base: ScoreResult, steps: ScoreSteps, step: number): Nudger {
  const root = base.tree.root;
  const rescale = steps.scenario.rescale === 'leader-100';
  const rescaled = rescale ? leader100After(combineChildren(steps, root, base.scores)) : null;
  const column = new Float64Array(base.unitIds.length);
  return (indicator, raw, changed, visit) => {
    const pass = { ...base.scores };
    pass[indicator] = normaliseColumn(
      steps,
      indicator,
      raw.map((v) => v + step),
    );
    for (const id of changed) pass[id] = combineChildren(steps, id, pass);
    return (u) => {
      for (const id of changed) {
        if (id === root && rescaled) visit(id, column, rescaled(u, pass[id]![u]!, column));
        else visit(id, pass[id]!, u);
      }
    };
  };
}

function columnRescoring(base: ScoreResult, steps: ScoreSteps): Nudger {
  return (indicator, raw, changed, visit) => {
    const scores = { ...base.scores };
    return (u, value) => {
      const nudged = raw.slice();
      nudged[u] = value;
      scores[indicator] = normaliseColumn(steps, indicator, nudged);
      for (const id of changed) visit(id, (scores[id] = aggregateNode(steps, id, scores)), -1);
    };
  };
}

function wholeRescoring(dataset: Dataset, scenario: Scenario): Nudger {
  const { unitIds } = matrixOf(dataset);
  return (indicator, _raw, changed, visit) => (u, value) => {
    const id = unitIds[u]!;
    const values = { ...dataset.values, [id]: { ...dataset.values[id], [indicator]: value } };
    const { scores } = score({ ...dataset, values }, scenario);
    for (const aggregate of changed) visit(aggregate, scores[aggregate]!, -1);
  };
}

/** For each active indicator, the active aggregates above it, children before parents. */
function ancestors(plan: Plan): Map<string, string[]> {
  const below = new Map<string, Set<string>>();
  for (const id of plan.aggregates) {
    const set = new Set<string>();
    for (const kid of plan.children.get(id)!.ids) {
      set.add(kid);
      for (const deep of below.get(kid) ?? []) set.add(deep);
    }
    below.set(id, set);
  }
  return new Map(plan.indicators.map((i) => [i, plan.aggregates.filter((id) => below.get(id)!.has(i))]));
}
