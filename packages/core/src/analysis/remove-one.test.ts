import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/default.ts';
import { score } from '../score.ts';
import { removeOne } from './remove-one.ts';
import { tinyDataset } from '../testing/hand-datasets.ts';

describe('removeOne()', () => {
  it('gives the hand-worked changes on the tiny dataset (nominal 55, 55, 50: ranks 1, 1, 3)', () => {
    const rows = Object.fromEntries(removeOne(tinyDataset, defaultScenario).map((row) => [row.node, row]));
    // Without p2 the index is x (80, 60, 40): ranks 1, 2, 3 → changes 0, -1, 0.
    expect(rows.p2).toMatchObject({ ok: true, type: 'aggregate', maxAbsoluteChange: 1 });
    expect(rows.p2!.ok && rows.p2!.changes.map((c) => c.change)).toEqual([0, -1, 0]);
    expect(rows.p2!.ok && rows.p2!.meanAbsoluteChange).toBeCloseTo(1 / 3, 12);
    // Without p1 the index is y (30, 50, 60): ranks 3, 2, 1 → changes -2, -1, 2.
    expect(rows.p1!.ok && rows.p1!.meanAbsoluteChange).toBeCloseTo(5 / 3, 12);
    // x is the only child of p1: it cannot go alone.
    expect(rows.x).toMatchObject({ ok: false, type: 'indicator', issues: [{ code: 'all-excluded' }] });
  });

  it('drops each of the 21 indicators and 5 pillars of 2020 in turn, matching score() with that exclusion', () => {
    const rows = removeOne(edition2020.dataset, defaultScenario);
    expect(rows.map((row) => row.type)).toEqual([
      ...Array<string>(21).fill('indicator'),
      ...Array<string>(5).fill('aggregate'),
    ]);
    const innovation = rows.find((row) => row.node === 'innovation')!;
    const without = score(edition2020.dataset, { ...defaultScenario, exclude: ['innovation'] }).ranks.index!;
    expect(innovation.ok && innovation.changes.map((c) => c.rank)).toEqual(Array.from(without));
    expect(rows.every((row) => row.ok && row.meanAbsoluteChange >= 0 && row.changes.length === 20)).toBe(
      true,
    );
  });
});
