import type { FrameworkNode } from '@smartcities/data/schema';
import { standingAfter, type Change } from './improve.ts';
import { changeOf, reachesWith, roomOf, type Context } from './single.ts';
import { smallestAmount, tidy } from './smallest-amount.ts';
import type { Standing } from './target.ts';

/** The cheapest combination found: the least total points spread over indicators. */
export interface CombinationAnswer {
  status: 'reached' | 'unreachable';
  /** Total points over all changed indicators: a multiple of the step, or all the room there is. */
  total: number | null;
  changes: Change[];
  /** Indicators in the order points are spent on them: largest gain of index score per point first. */
  order: string[];
  achieved: Standing | null;
  /** Re-scoring confirmed that `total` reaches the target and `total - step` (spent the same way) does not. */
  verified: boolean;
  /**
   * True when the greedy order is provably the least total: with as-published values and
   * arithmetic means at every level the city's score is linear in its own values (the others'
   * scores do not move), the target is a threshold on that score, and filling the largest gain
   * per point first solves that linear programme (a fractional knapsack). Otherwise the order is
   * a heuristic, though every answer is still verified by re-scoring.
   */
  optimal: boolean;
}

interface Lever {
  node: FrameworkNode;
  current: number;
  room: number;
}

/**
 * Greedy allocation: measures every indicator's gain of (unrescaled) index score per point at the
 * city's current values, then for a budget t fills indicators in that order up to their best
 * values. Reaching the target is monotone in t, so bisection on t finds the least budget.
 */
export function combination(
  context: Context,
  nodes: readonly FrameworkNode[],
  optimal: boolean,
): CombinationAnswer {
  const levers = orderByGain(context, nodes);
  const order = levers.map((lever) => lever.node.id);
  const spend = (budget: number) => allocate(levers, budget);
  const reaches = (budget: number) => reachesWith(context, spend(budget));
  const total = smallestAmount(
    reaches,
    levers.reduce((sum, lever) => sum + lever.room, 0),
    context.step,
  );
  if (total === null)
    return {
      status: 'unreachable',
      total: null,
      changes: [],
      order,
      achieved: null,
      verified: false,
      optimal,
    };
  const verified = reaches(total) && (total - context.step <= 0 || !reaches(total - context.step));
  const achieved = standingAfter(context.dataset, context.scenario, context.city, spend(total));
  return { status: 'reached', total, changes: spend(total), order, achieved, verified, optimal };
}

/** Spends a budget of points on the levers in order, each up to its room. */
function allocate(levers: readonly Lever[], budget: number): Change[] {
  const changes: Change[] = [];
  for (const lever of levers) {
    if (budget <= 0) break;
    const points = tidy(Math.min(lever.room, budget));
    changes.push(changeOf(lever.node, lever.current, points));
    budget = tidy(budget - points);
  }
  return changes;
}

function orderByGain(context: Context, nodes: readonly FrameworkNode[]): Lever[] {
  const unscaled = { ...context.scenario, rescale: 'none' as const };
  const scoreWith = (changes: Change[]) =>
    standingAfter(context.dataset, unscaled, context.city, changes)?.score ?? NaN;
  const now = scoreWith([]);
  const levers = nodes.flatMap((node) => {
    const { current, room } = roomOf(context, node);
    if (current === null || room === 0) return [];
    const h = Math.min(1, room);
    const gain = (scoreWith([changeOf(node, current, h)]) - now) / h;
    return gain > 0 ? [{ node, current, room, gain }] : [];
  });
  return levers.sort((a, b) => b.gain - a.gain);
}
