import { edition2020 } from '@smartcities/data';
import type { Dataset } from '@smartcities/data/schema';
import { describe, expect, it } from 'vitest';
import { ScoringError } from '../../errors.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { createRandom, type Random } from '../random.ts';
import { explainComponents } from './components.ts';
import { explain } from './explain.ts';
import { randomDataset, revisedDataset } from './testing/random-dataset.ts';
import { randomPartner, randomScenario } from './testing/random-scenario.ts';

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Seeded pairs of scenarios; for the synthetic case, the `to` side also gets revised data. */
function pairs(seed: number, count: number, dataset: (r: Random) => Dataset, revise: boolean) {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const data = dataset(random);
    const from = randomScenario(random, data);
    const to = randomPartner(random, data, from);
    const toDataset = revise && random.next() < 0.5 ? revisedDataset(random, data) : data;
    return { data, from, to, toDataset, random };
  });
}

/** Pairs where a side or a mix cannot be scored (a reference unit that is worst somewhere) are set aside. */
function scorable(c: { data: Dataset; from: Scenario; to: Scenario; toDataset: Dataset }): boolean {
  try {
    explain(c.data, c.from, c.to, { toDataset: c.toDataset });
    return true;
  } catch (error) {
    if (error instanceof ScoringError) return false;
    throw error;
  }
}

describe.each([
  ['the 2020 edition', 16, () => edition2020.dataset, false],
  ['a synthetic dataset', 17, (r: Random) => randomDataset(r), true],
])('explain() over seeded random scenario pairs on %s', (_, seed, dataset, revise) => {
  const all = pairs(seed, 30, dataset, revise);
  const cases = all.filter(scorable);

  it('finds most random pairs scorable', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it('adds the contributions (and the indicator split) up to each change within 1e-9', () => {
    let split = 0;
    for (const { data, from, to, toDataset } of cases) {
      for (const row of explain(data, from, to, { toDataset }).rows) {
        if (row.change === null) continue;
        expect(Math.abs(sum(Object.values(row.contributions!)) - row.change)).toBeLessThan(1e-9);
        if (row.byIndicator) split++;
        if (row.byIndicator)
          expect(Math.abs(sum(row.byIndicator.map((c) => c.total)) - row.change)).toBeLessThan(1e-9);
      }
    }
    expect(split).toBeGreaterThan(0);
  });

  it('gives the same Shapley values whatever the order of the components', () => {
    for (const { data, from, to, toDataset, random } of cases) {
      const base = explain(data, from, to, { toDataset });
      const permuted = explain(data, from, to, {
        toDataset,
        components: shuffled(random, explainComponents),
      });
      base.rows.forEach((row, u) => {
        for (const name of base.components) {
          const other = permuted.rows[u]!.contributions?.[name];
          if (row.contributions) expect(Math.abs(row.contributions[name]! - other!)).toBeLessThan(1e-9);
        }
      });
    }
  });

  it('gives exactly 0 to every component that does not differ, and varies the differing ones', () => {
    const differing = new Set<number>();
    for (const { data, from, to, toDataset } of cases) {
      const result = explain(data, from, to, { toDataset });
      differing.add(result.differing.length);
      for (const name of result.components.filter((c) => !result.differing.includes(c)))
        for (const row of result.rows)
          if (row.contributions) expect(Object.is(row.contributions[name], 0)).toBe(true);
    }
    expect(Math.max(...differing)).toBeGreaterThanOrEqual(4);
    expect(Math.min(...differing)).toBeLessThanOrEqual(2);
  });
});
