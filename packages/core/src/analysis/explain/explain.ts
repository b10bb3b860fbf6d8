import type { Dataset } from '@smartcities/data/schema';
import { fail, ScoringError } from '../../errors.ts';
import type { ScoreResult } from '../../result.ts';
import { score } from '../../score.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { byIndicator, type ArithmeticSides } from './by-indicator.ts';
import { explainComponents, unclaimedFields, type ExplainComponent, type ExplainSide } from './components.ts';
import { allArithmetic, rescaleFactor } from './effective-shares.ts';
import type { Explanation, ExplainRow } from './explain-row.ts';
import { scoreHybrids } from './hybrids.ts';
import { passes, type PassInput } from './passes.ts';
import { shapley } from './shapley.ts';
import { tierCrossings } from './tier-change.ts';

/** Options of `explain`. */
export interface ExplainOptions {
  /** Only this unit's row (every unit is still scored, to find who passed whom). */
  unit?: string;
  /** The `to` side's dataset (same framework ids), for example an uploaded revision. */
  toDataset?: Dataset;
  /** The component split; defaults to `explainComponents` (tests permute it). */
  components?: readonly ExplainComponent[];
}

/**
 * Explains every unit's index change from one scenario to another: Shapley values over the
 * differing components (2^k scorings), the split by indicator and pillar where both sides are
 * arithmetic, rank changes with who passed whom and why, and tier changes with their cause.
 * Throws a ScoringError when a side, or a mix of the two, cannot be scored.
 * @example explain(edition2020.dataset, defaultScenario, defineScenario({ aggregation: { method: 'geometric' } }))
 */
export function explain(
  dataset: Dataset,
  from: Scenario,
  to: Scenario,
  options: ExplainOptions = {},
): Explanation {
  const components = options.components ?? explainComponents;
  const sides = checkedSides(
    { dataset, scenario: from },
    { dataset: options.toDataset ?? dataset, scenario: to },
    components,
  );
  const differing = components.filter((c) => c.differs(sides[0], sides[1]));
  const unitIds = dataset.units
    .map((u) => u.id)
    .filter((id) => sides[1].dataset.units.some((u) => u.id === id));
  if (options.unit !== undefined && !unitIds.includes(options.unit))
    fail('unknown-unit', 'unit', `unknown unit "${options.unit}" (it must be in both datasets)`);
  const { first, last, index } = scoreHybrids(sides[0], sides[1], differing, unitIds);
  const phi = shapley(differing.length, index);
  const contributions = Object.fromEntries(
    components.map((c) => [c.name, phi[differing.indexOf(c)] ?? new Float64Array(unitIds.length)]),
  );
  const ends = withSplit(first, differing.length > 0 ? last : score(sides[1].dataset, sides[1].scenario));
  const passInput = { unitIds, from: index[0]!, to: index[index.length - 1]!, contributions };
  const wanted = options.unit === undefined ? unitIds : [options.unit];
  return {
    components: components.map((c) => c.name),
    differing: differing.map((c) => c.name),
    scorings: index.length,
    unitIds,
    rows: wanted.map((id) => rowFor(ends, passInput, unitIds.indexOf(id))),
    cutoffs: { from: cutoffsOf(ends.from), to: cutoffsOf(ends.to) },
    from: ends.from,
    to: ends.to,
  };
}

function checkedSides(
  from: ExplainSide,
  to: ExplainSide,
  components: readonly ExplainComponent[],
): [ExplainSide, ExplainSide] {
  const unclaimed = [
    ...unclaimedFields(from.scenario, components),
    ...unclaimedFields(to.scenario, components),
  ];
  if (unclaimed.length > 0)
    throw new Error(`explain: no component owns scenario field(s) ${unclaimed.join(', ')}`);
  const shape = (d: Dataset) => d.framework.map((n) => `${n.id}<${n.parent ?? ''}`).join(',');
  if (shape(from.dataset) !== shape(to.dataset))
    throw new ScoringError([
      {
        code: 'framework-mismatch',
        path: 'dataset',
        message: 'the two datasets must have the same framework (node ids and parents)',
      },
    ]);
  return [from, to];
}

function cutoffsOf(result: ScoreResult) {
  return { upper: result.tiers.upper, lower: result.tiers.lower };
}

type Ends = { from: ScoreResult; to: ScoreResult; arithmetic: ArithmeticSides | null };

function withSplit(from: ScoreResult, to: ScoreResult): Ends {
  const arithmetic =
    allArithmetic(from) && allArithmetic(to)
      ? { from, to, cFrom: rescaleFactor(from), cTo: rescaleFactor(to) }
      : null;
  return { from, to, arithmetic };
}

function rowFor(ends: Ends, input: PassInput, u: number): ExplainRow {
  const unit = input.unitIds[u]!;
  const [uFrom, uTo] = [ends.from.unitIds.indexOf(unit), ends.to.unitIds.indexOf(unit)];
  const [s0, s1] = [input.from[u]!, input.to[u]!];
  const scored = !Number.isNaN(s0) && !Number.isNaN(s1);
  const contributions = scored
    ? Object.fromEntries(Object.entries(input.contributions).map(([c, col]) => [c, col[u]!]))
    : null;
  const split = scored ? splitByIndicator(ends, uFrom, uTo) : null;
  const tiers = [ends.from.tiers.tiers[uFrom] ?? null, ends.to.tiers.tiers[uTo] ?? null] as const;
  return {
    unit,
    from: Number.isNaN(s0) ? null : s0,
    to: Number.isNaN(s1) ? null : s1,
    change: scored ? s1 - s0 : null,
    rankFrom: rankOf(ends.from, uFrom),
    rankTo: rankOf(ends.to, uTo),
    contributions:
      contributions && Object.values(contributions).every(Number.isFinite) ? contributions : null,
    byIndicator: split,
    byPillar: split && sumBy(split),
    ...(scored ? passes(input, u) : { passed: [], passedBy: [] }),
    tierFrom: tiers[0],
    tierTo: tiers[1],
    tierCrossings: scored
      ? tierCrossings([tiers[0], tiers[1]], [s0, s1], [cutoffsOf(ends.from), cutoffsOf(ends.to)])
      : [],
  };
}

function rankOf(result: ScoreResult, u: number): number | null {
  const rank = result.ranks[result.tree.root]![u]!;
  return Number.isNaN(rank) ? null : rank;
}

function splitByIndicator(ends: Ends, uFrom: number, uTo: number) {
  return ends.arithmetic && byIndicator(ends.arithmetic, uFrom, uTo);
}

function sumBy(split: { pillar: string; total: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { pillar, total } of split) out[pillar] = (out[pillar] ?? 0) + total;
  return out;
}
