import { defaultScenario, defineScenario } from '@smartcities/core';
import { explain } from '@smartcities/core/analysis';
import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { whySentence } from './why-sentence';

const tokyo = (to: Parameters<typeof defineScenario>[0]) =>
  explain(edition2020.dataset, defaultScenario, defineScenario(to), { unit: 'tokyo' }).rows[0]!;

describe('whySentence()', () => {
  it('names the rank move and the largest contributions, in English and Chinese', () => {
    const row = tokyo({ aggregation: { method: 'geometric' }, weights: { economy: 0.5 } });
    const [w, a] = [row.contributions!.weights!, row.contributions!.aggregation!];
    const fmt = (v: number) => `${v > 0 ? '+' : '−'}${Math.abs(v).toFixed(2)}`;
    expect(whySentence('en', row, 'Tokyo')).toBe(
      `Under the playground scenario, Tokyo goes from rank 12 to rank 14 (${fmt(row.change!)} points), mostly because of the aggregation (${fmt(a)}) and the weights (${fmt(w)}).`,
    );
    expect(whySentence('zh', row, '东京')).toBe(
      `在情景实验的情景下，东京的排名从第12名变为第14名（${fmt(row.change!)}分），主要原因是汇总方法（${fmt(a)}）和权重（${fmt(w)}）。`,
    );
  });

  it.each([
    [{}, 'The playground scenario leaves Tokyo’s score unchanged.'.replace('’', "'")],
    [
      { rescale: 'none' as const },
      /^Under the playground scenario, Tokyo stays at rank 12 .* because of the rescaling \(/,
    ],
  ])('handles no change and no rank change (%j)', (to, expected) => {
    const sentence = whySentence('en', tokyo(to), 'Tokyo');
    if (typeof expected === 'string') expect(sentence).toBe(expected);
    else expect(sentence).toMatch(expected);
  });
});
