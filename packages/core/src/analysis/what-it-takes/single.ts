import type { Dataset, FrameworkNode } from '@smartcities/data/schema';
import type { Scenario } from '../../scenario/schema.ts';
import { bestValue } from './best-value.ts';
import { standingAfter, type Change } from './improve.ts';
import { smallestAmount, tidy } from './smallest-amount.ts';
import { meets, type Standing, type Target } from './target.ts';

/** The smallest improvement of one indicator alone that reaches the target, or why there is none. */
export interface SingleAnswer {
  indicator: string;
  /** Raw value now (null when missing) and the best value it could take. */
  current: number | null;
  best: number;
  status: 'reached' | 'unreachable';
  /** Why an indicator cannot do it alone. */
  reason?: 'not reachable with this indicator alone' | 'value missing' | 'already at its best value';
  /** Points on the raw scale (toward the better end): a multiple of the step, or all the room left. */
  points: number | null;
  value: number | null;
  /** The city's standing after the change, by re-scoring. */
  achieved: Standing | null;
  /** Re-scoring confirmed that `points` reach the target and `points - step` do not. */
  verified: boolean;
}

/** What an improvement search needs: the data, scenario, city, target, step and caps. */
export interface Context {
  dataset: Dataset;
  scenario: Scenario;
  city: string;
  target: Target;
  step: number;
  caps: Readonly<Record<string, number>>;
}

/** Room to improve an indicator: current raw value, best value and the points between them (0 when missing). */
export function roomOf(
  context: Context,
  node: FrameworkNode,
): { current: number | null; best: number; room: number } {
  const raw = context.dataset.values[context.city]?.[node.id];
  const current = typeof raw === 'number' ? raw : null;
  const best = bestValue(context.dataset, context.scenario, node, context.caps);
  return { current, best, room: current === null ? 0 : Math.max(0, tidy((best - current) * node.direction)) };
}

/** The change of `points` to one indicator, toward its better end. */
export function changeOf(node: FrameworkNode, current: number, points: number): Change {
  return { indicator: node.id, points, value: tidy(current + node.direction * points) };
}

/** Whether the city meets the target after `changes`, by re-scoring through `score()`. */
export function reachesWith(context: Context, changes: readonly Change[]): boolean {
  const standing = standingAfter(context.dataset, context.scenario, context.city, changes);
  return standing !== null && meets(standing, context.target);
}

/** Bisects the points one indicator needs, re-scoring at every step. */
export function single(context: Context, node: FrameworkNode): SingleAnswer {
  const { current, best, room } = roomOf(context, node);
  const base = {
    indicator: node.id,
    current,
    best,
    points: null,
    value: null,
    achieved: null,
    verified: false,
  };
  if (current === null) return { ...base, status: 'unreachable', reason: 'value missing' };
  if (room === 0) return { ...base, status: 'unreachable', reason: 'already at its best value' };
  const reaches = (points: number) => reachesWith(context, [changeOf(node, current, points)]);
  const points = smallestAmount(reaches, room, context.step);
  if (points === null)
    return { ...base, status: 'unreachable', reason: 'not reachable with this indicator alone' };
  const verified = reaches(points) && (points - context.step <= 0 || !reaches(points - context.step));
  const change = changeOf(node, current, points);
  return {
    ...base,
    status: 'reached',
    points,
    value: change.value,
    achieved: standingAfter(context.dataset, context.scenario, context.city, [change]),
    verified,
  };
}
