import type { Dataset } from '@smartcities/data/schema';
import { unknownName } from '../../did-you-mean.ts';
import type { Issue } from '../../errors.ts';
import { toIssues } from '../../scenario/parse.ts';
import { checkpoint, type RunOptions } from '../progress.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { safeScore } from '../../score.ts';
import { combination, type CombinationAnswer } from './combination.ts';
import { single, type SingleAnswer } from './single.ts';
import { meets, standingOf, targetSchema, type Standing, type Target } from './target.ts';

/** Options of `whatItTakes`; progress and cancellation (signal or deadline) are checked per indicator. */
export interface WhatItTakesOptions extends RunOptions {
  /** Best possible raw value per indicator id (see `bestValue` for the defaults). */
  caps?: Readonly<Record<string, number>>;
  /** Resolution of the answers in raw points (default 0.01). */
  step?: number;
}

/** The answer: the city's standing now, and what each indicator alone, or the cheapest mix, needs. */
export type WhatItTakes =
  | {
      ok: true;
      city: string;
      target: Target;
      current: Standing;
      already: boolean;
      step: number;
      single: SingleAnswer[];
      combination: CombinationAnswer | null;
    }
  | { ok: false; issues: Issue[] };

/**
 * The smallest improvement that brings `city` to a target rank (or better) or tier (or better)
 * under the scenario: per indicator alone (bisection on its raw points, capped at its best
 * value) and for the cheapest combination (greedy by gain per point; see `combination`). Every
 * candidate is re-scored through `score()`, so moving tier cut-offs (the mean and SD shift as
 * the city improves) and rescaling are accounted for, and every answer is verified: it reaches
 * the target and one step less does not. Expected problems (unknown city, bad target, a
 * scenario that does not fit) come back as issues; a cancelled search throws a CancelledError.
 * @example whatItTakes(edition2020.dataset, defaultScenario, 'paris', { rank: 5 })
 */
export function whatItTakes(
  dataset: Dataset,
  scenario: Scenario,
  city: string,
  target: Target,
  options: WhatItTakesOptions = {},
): WhatItTakes {
  const parsed = targetSchema.safeParse(target);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error, 'target') };
  const nominal = safeScore(dataset, scenario);
  if (!nominal.ok) return nominal;
  const { unitIds, plan, tree } = nominal.result;
  const unit = unitIds.indexOf(city);
  if (unit < 0)
    return {
      ok: false,
      issues: [{ code: 'unknown-city', path: 'city', message: unknownName('city', city, unitIds) }],
    };
  if ('rank' in target && target.rank > unitIds.length)
    return {
      ok: false,
      issues: [
        {
          code: 'rank-out-of-range',
          path: 'target.rank',
          message: `rank must be from 1 to ${unitIds.length}, got ${target.rank}`,
        },
      ],
    };
  const current = standingOf(nominal.result, unit);
  if (Number.isNaN(current.score))
    return {
      ok: false,
      issues: [
        {
          code: 'unscored',
          path: 'city',
          message: `"${city}" has no index score under this scenario, so there is no rank to improve`,
        },
      ],
    };
  const step = options.step ?? 0.01;
  const base = { ok: true as const, city, target, current, step };
  if (meets(current, target)) return { ...base, already: true, single: [], combination: null };
  const context = { dataset, scenario, city, target, step, caps: options.caps ?? {} };
  const nodes = plan.indicators.map((id) => tree.nodes.get(id)!);
  const linear =
    scenario.normalisation.method === 'as-published' &&
    [...plan.method.values()].every((m) => m === 'arithmetic');
  const steps = nodes.length + 1;
  const singles = nodes.map((node, i) => (checkpoint(options, i, steps), single(context, node)));
  checkpoint(options, nodes.length, steps);
  const combined = combination(context, nodes, linear);
  checkpoint(options, steps, steps);
  return { ...base, already: false, single: singles, combination: combined };
}
