import type { ExplainRow } from '@smartcities/core/analysis';

/** One bar of a waterfall: a starting or ending total, or a step by one part. */
export interface WaterfallStep {
  key: string;
  kind: 'start' | 'step' | 'end';
  /** The step's size (for start and end: the score itself). */
  value: number;
  /** Where the bar runs from and to on the score axis. */
  y1: number;
  y2: number;
}

/**
 * A waterfall of one city's change: the `from` score, one step per non-zero part (in the given
 * order), and the `to` score. The steps add up to the change; null when the city is unscored.
 */
export function waterfallSteps(
  row: ExplainRow,
  parts: Record<string, number> | null,
): WaterfallStep[] | null {
  if (row.from === null || row.to === null || !parts) return null;
  const steps: WaterfallStep[] = [{ key: 'from', kind: 'start', value: row.from, y1: 0, y2: row.from }];
  let level = row.from;
  for (const [key, value] of Object.entries(parts)) {
    if (value === 0) continue;
    steps.push({ key, kind: 'step', value, y1: level, y2: level + value });
    level += value;
  }
  steps.push({ key: 'to', kind: 'end', value: row.to, y1: 0, y2: row.to });
  return steps;
}

/** The `count` largest parts by size, the rest summed as `other` (so the steps still add up). */
export function topParts(parts: Record<string, number>, count: number): Record<string, number> {
  const sorted = Object.entries(parts).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const out = Object.fromEntries(sorted.slice(0, count));
  const rest = sorted.slice(count).reduce((sum, [, v]) => sum + v, 0);
  return sorted.length > count ? { ...out, other: rest } : out;
}
