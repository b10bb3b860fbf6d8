import { score } from '@smartcities/core';
import { describe, expect, it } from 'vitest';
import { edition } from '../edition';
import { heat, heatmapRows } from './heatmap-rows';

describe('heatmapRows()', () => {
  it("gives each city its printed value and rank on every indicator, in the index's order", () => {
    const ids = edition.indicators.map((i) => i.id);
    const rows = heatmapRows(score(edition.dataset), edition.dataset, ids);
    expect(rows).toHaveLength(20);
    expect(rows[0]!.city).toBe('london');
    expect(Object.keys(rows[0]!.pillars)).toEqual(ids);
    expect(rows.find((r) => r.city === 'singapore')!.pillars['data-center']).toEqual({ score: 100, rank: 1 });
    expect(rows.find((r) => r.city === 'cairo')!.pillars['open-data']).toEqual({ score: 15.5, rank: 20 });
  });
});

describe('heat()', () => {
  it.each([
    [100, 'color-mix(in srgb, var(--accent) 50%, transparent)'],
    [0, 'color-mix(in srgb, var(--accent) 0%, transparent)'],
    [null, 'transparent'],
  ] as const)('%s → %s', (value, css) => {
    expect(heat(value)).toBe(css);
  });
});
