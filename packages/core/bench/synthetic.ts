import type { Dataset } from '@smartcities/data/schema';

/** A seeded synthetic dataset: `units` units, `pillars` pillars of `perPillar` indicators, values in [0, 1000). */
export function syntheticDataset(units: number, pillars: number, perPillar: number, seed = 1): Dataset {
  let state = seed >>> 0;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296) * 1000;
  const framework: Dataset['framework'] = [
    { id: 'index', name: 'Index', type: 'aggregate', parent: null, weight: 1, direction: 1 },
  ];
  const indicators: string[] = [];
  for (let p = 0; p < pillars; p++) {
    framework.push({
      id: `p${p}`,
      name: `Pillar ${p}`,
      type: 'aggregate',
      parent: 'index',
      weight: 1,
      direction: 1,
    });
    for (let i = 0; i < perPillar; i++) {
      indicators.push(`p${p}i${i}`);
      framework.push({
        id: `p${p}i${i}`,
        name: `Indicator ${p}.${i}`,
        type: 'indicator',
        parent: `p${p}`,
        weight: 1,
        direction: 1,
      });
    }
  }
  const ids = Array.from({ length: units }, (_, u) => `u${u}`);
  const values = Object.fromEntries(
    ids.map((id) => [id, Object.fromEntries(indicators.map((i) => [i, next()]))]),
  );
  return {
    edition: { id: 'synthetic', version: '1', hash: `s${seed}` },
    units: ids.map((id) => ({ id, name: id })),
    framework,
    values,
  };
}
