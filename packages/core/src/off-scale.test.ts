import type { Dataset } from '@smartcities/data/schema';
import { edition2020 } from '@smartcities/data/editions/2020';
import { describe, expect, it } from 'vitest';
import { offScale } from './off-scale.ts';
import { parseScenario } from './scenario/parse.ts';
import { score } from './score.ts';
import { smallDataset } from './testing/hand-datasets.ts';

const withValues = (values: Dataset['values']): Dataset => ({ ...smallDataset, values });
const scenario = (input: unknown) => {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error('bad scenario in test');
  return parsed.scenario;
};

describe('offScale()', () => {
  it('finds nothing when every value is on 0-100 (the 2020 edition, the small dataset)', () => {
    expect(offScale(score(edition2020.dataset), edition2020.dataset)).toBeUndefined();
    expect(offScale(score(smallDataset), smallDataset)).toBeUndefined();
  });

  it('counts raw values outside 0-100 under as-published, ignoring missing values', () => {
    const data = withValues({
      amber: { x1: 80, x2: 600, y1: 50 },
      basil: { x1: -3, x2: 100, y1: 70 },
      cedar: { x1: 20, x2: 40, y1: null },
    });
    expect(offScale(score(data), data)).toEqual({
      method: 'as-published',
      lower: 0,
      upper: 100,
      count: 2,
      observed: 8,
      min: -3,
      max: 600,
      first: { unit: 'basil', indicator: 'x1', value: -3 },
    });
  });

  it.each([
    ['min-max', {}],
    ['as-published', { exclude: ['x2'] }],
  ])('finds nothing under %s %j (another method, or the value left out)', (method, more) => {
    const data = withValues({ ...smallDataset.values, amber: { x1: 80, x2: 600, y1: 50 } });
    const result = score(data, scenario({ normalisation: { method }, ...more }));
    expect(offScale(result, data)).toBeUndefined();
  });
});
