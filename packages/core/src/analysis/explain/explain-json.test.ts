import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../scenario/default.ts';
import { defineScenario } from '../../scenario/parse.ts';
import { explain } from './explain.ts';
import { explainJson } from './explain-json.ts';

describe('explainJson()', () => {
  it('keeps every number and flattens indicator parts and passes', () => {
    const explanation = explain(
      edition2020.dataset,
      defaultScenario,
      defineScenario({ weights: { economy: 3 } }),
    );
    const json = explainJson(explanation);
    expect(json.rows).toHaveLength(explanation.rows.length);
    json.rows.forEach((row, u) => {
      const source = explanation.rows[u]!;
      expect(row.city).toBe(source.unit);
      expect(row.change).toBe(source.change);
      for (const part of source.byIndicator!) expect(row.byIndicator![part.id]).toBe(part.total);
      expect(row.passed.map((p) => p.city)).toEqual(source.passed.map((p) => p.unit));
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
