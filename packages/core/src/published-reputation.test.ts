import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { printedReputation, publishedReputation } from './published-reputation.ts';
import { defaultScenario } from './scenario/default.ts';
import { score } from './score.ts';
import { verify } from './verify/verify.ts';

const printed = publishedReputation(verify(edition2020));

describe('publishedReputation()', () => {
  it("gives every city table 2-6's printed row", () => {
    expect(Object.keys(printed).sort()).toEqual(edition2020.cities.map((c) => c.id).sort());
    expect(printed.beijing).toEqual({
      papers: 72,
      reputationRank: 1,
      smartCityRank: 5,
      difference: 4,
      notes: [],
    });
  });

  it('notes the printed figures the recomputation gives otherwise, with the erratum that explains them', () => {
    const noted = Object.entries(printed).filter(([, p]) => p.notes.length);
    expect(noted.map(([city]) => city)).toEqual(['hong-kong']);
    expect(printed['hong-kong']).toMatchObject({ reputationRank: 8, difference: -1 });
    expect(printed['hong-kong']!.notes).toEqual([
      expect.objectContaining({ field: 'reputationRank', published: 8, computed: 7, status: 'erratum' }),
      expect.objectContaining({ field: 'difference', published: -1, computed: 0, status: 'erratum' }),
    ]);
    expect(printed['hong-kong']!.notes.every((n) => n.erratum)).toBe(true);
  });
});

describe('printedReputation()', () => {
  it("gives table 2-6 as printed under the report's method only", () => {
    const asPrinted = printedReputation(score(edition2020.dataset, defaultScenario), edition2020);
    expect(asPrinted.published?.['hong-kong']?.reputationRank).toBe(8);
    const geometric = { ...defaultScenario, aggregation: { method: 'geometric', levels: {} } } as const;
    expect(printedReputation(score(edition2020.dataset, geometric), edition2020)).toEqual({});
  });
});
