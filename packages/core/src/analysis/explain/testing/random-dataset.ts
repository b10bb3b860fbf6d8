import type { Dataset } from '@smartcities/data/schema';
import type { Random } from '../../random.ts';

/**
 * A seeded synthetic dataset: `units` units, three pillars of two to four indicators (some
 * pointing down, some with uneven framework weights) and about 5% missing values.
 */
export function randomDataset(random: Random, units = 12): Dataset {
  const framework: Dataset['framework'] = [
    { id: 'index', name: 'Index', type: 'aggregate', parent: null, weight: 1, direction: 1 },
  ];
  const indicators: string[] = [];
  for (let p = 0; p < 3; p++) {
    framework.push({
      id: `p${p}`,
      name: `P${p}`,
      type: 'aggregate',
      parent: 'index',
      weight: 1 + p,
      direction: 1,
    });
    for (let i = 0; i < 2 + random.int(3); i++) {
      const id = `p${p}i${i}`;
      indicators.push(id);
      const direction = random.next() < 0.25 ? -1 : 1;
      framework.push({
        id,
        name: id,
        type: 'indicator',
        parent: `p${p}`,
        weight: 1 + random.int(2),
        direction,
      });
    }
  }
  const ids = Array.from({ length: units }, (_, u) => `u${u}`);
  const cell = () => (random.next() < 0.05 ? null : Math.round(1 + 999 * random.next()) / 10);
  return {
    edition: { id: 'random', version: '1', hash: 'random' },
    units: ids.map((id) => ({ id, name: id.toUpperCase() })),
    framework,
    values: Object.fromEntries(ids.map((id) => [id, Object.fromEntries(indicators.map((i) => [i, cell()]))])),
  };
}

/** A revision of a dataset: about a third of its values moved by up to ±20%, same framework and units. */
export function revisedDataset(random: Random, dataset: Dataset): Dataset {
  const values = Object.fromEntries(
    Object.entries(dataset.values).map(([unit, row]) => [
      unit,
      Object.fromEntries(
        Object.entries(row).map(([id, v]) => [
          id,
          typeof v === 'number' && random.next() < 0.33 ? v * (0.8 + 0.4 * random.next()) : v,
        ]),
      ),
    ]),
  );
  return { ...dataset, edition: { ...dataset.edition, version: 'revised' }, values };
}
