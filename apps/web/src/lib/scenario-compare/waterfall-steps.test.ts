import { defaultScenario, defineScenario } from '@smartcities/core';
import { explain } from '@smartcities/core/analysis';
import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { topParts, waterfallSteps } from './waterfall-steps';

describe('waterfallSteps()', () => {
  it('runs from the first score through each non-zero part to the second, adding up exactly', () => {
    const to = defineScenario({ aggregation: { method: 'geometric' }, weights: { economy: 2 } });
    const row = explain(edition2020.dataset, defaultScenario, to, { unit: 'tokyo' }).rows[0]!;
    const steps = waterfallSteps(row, row.contributions)!;
    expect(steps.map((s) => s.key)).toEqual(['from', 'weights', 'aggregation', 'to']);
    const inner = steps.filter((s) => s.kind === 'step');
    expect(inner[0]!.y1).toBe(row.from);
    expect(Math.abs(inner.at(-1)!.y2 - row.to!)).toBeLessThan(1e-9);
    expect(Math.abs(inner.reduce((a, s) => a + s.value, 0) - row.change!)).toBeLessThan(1e-9);
  });

  it('keeps the ten largest parts and sums the rest', () => {
    const parts = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`i${i}`, i - 5.5]));
    const top = topParts(parts, 10);
    expect(Object.keys(top)).toHaveLength(11);
    expect(top.other).toBeCloseTo(-0.5 + 0.5, 12);
    expect(Object.values(top).reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
  });
});
