import { describe, expect, it } from 'vitest';
import { defaultScenario } from './scenario/default.ts';
import { defineScenario } from './scenario/parse.ts';
import { score } from './score.ts';
import { smallDataset } from './testing/hand-datasets.ts';

/** The small dataset with indicator x2 renamed, values and framework alike. */
function renamed(id: string) {
  const rename = (key: string) => (key === 'x2' ? id : key);
  return {
    ...smallDataset,
    framework: smallDataset.framework.map((node) => ({ ...node, id: rename(node.id) })),
    values: Object.fromEntries(
      Object.entries(smallDataset.values).map(([unit, cells]) => [
        unit,
        Object.fromEntries(Object.entries(cells).map(([key, value]) => [rename(key), value])),
      ]),
    ),
  };
}

describe('planFor with node ids named like Object.prototype members', () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])(
    'scores a dataset whose indicator is "%s" exactly as with any other name',
    (id) => {
      const expected = score(smallDataset, defaultScenario).scores.index;
      expect(score(renamed(id), defaultScenario).scores.index).toEqual(expected);
    },
  );

  it('still applies a weight given for such an id', () => {
    const scenario = defineScenario({ weights: { constructor: 3 } });
    const plain = score(smallDataset, defineScenario({ weights: { x2: 3 } })).scores.index;
    expect(score(renamed('constructor'), scenario).scores.index).toEqual(plain);
  });
});
