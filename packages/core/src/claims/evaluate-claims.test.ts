import type { Claim } from '@smartcities/data/schema';
import { edition2020 } from '@smartcities/data/editions/2020';
import { describe, expect, it } from 'vitest';
import { defineScenario } from '../scenario/parse.ts';
import { score } from '../score.ts';
import { smallDataset } from '../testing/hand-datasets.ts';
import { evaluateClaims } from './evaluate-claims.ts';

const { claims, cityGroups } = edition2020.report;
const context = { groups: cityGroups, papers: edition2020.papers };
const place = { section: 'x', page: 1, line: 1, anchor: 'x' };

describe("evaluateClaims() on the report's claims", () => {
  const checks = evaluateClaims(score(edition2020.dataset), claims, context);

  it.each(checks.filter((c) => !c.claim.erratum))("$id holds under the report's method", (check) => {
    expect(check.status, JSON.stringify(check.observed)).toBe('holds');
  });

  it.each(checks.filter((c) => c.claim.erratum))(
    '$id, a misprinted statement, fails as its erratum says',
    (check) => {
      expect(check.status).toBe('fails');
    },
  );

  it('London first holds with the rank observed', () => {
    expect(checks.find((c) => c.id === 'london-first')).toMatchObject({
      status: 'holds',
      observed: { london: 1 },
    });
  });

  it('geometric aggregation of the pillars flips some claims to fails', () => {
    const geometric = score(edition2020.dataset, defineScenario({ aggregation: { method: 'geometric' } }));
    const flipped = evaluateClaims(geometric, claims, context).filter(
      (c, i) => c.status === 'fails' && checks[i]!.status === 'holds',
    );
    expect(flipped.length).toBeGreaterThan(0);
  });

  it('an excluded ranking, a missing group or missing papers make a claim not applicable', () => {
    const result = score(edition2020.dataset, defineScenario({ exclude: ['open-data'] }));
    const byId = (id: string) => claims.find((c) => c.id === id)!;
    const picked = [
      'open-data-hong-kong-above-beijing',
      'reputation-gap-rio',
      'service-developing-top-three',
    ].map(byId);
    expect(evaluateClaims(result, picked).map((c) => c.status)).toEqual([
      'not-applicable',
      'not-applicable',
      'not-applicable',
    ]);
  });
});

describe('evaluateClaims() kind by kind (small dataset: index amber 1, basil 2? see values)', () => {
  const result = score(smallDataset);
  const groups = { first: ['amber', 'basil'], second: ['cedar'] };
  it.each<[Claim, string]>([
    [{ id: 'a', place, kind: 'rank', city: 'basil', ranking: 'x2', rank: 1 }, 'holds'],
    [
      { id: 'b', place, kind: 'rank-range', cities: ['amber', 'cedar'], ranking: 'x1', from: 1, to: 2 },
      'fails',
    ],
    [{ id: 'c', place, kind: 'leader', city: 'amber', ranking: 'x1' }, 'holds'],
    [{ id: 'd', place, kind: 'above', a: 'basil', b: 'amber', ranking: 'y1' }, 'holds'],
    [{ id: 'e', place, kind: 'above', a: 'amber', b: 'amber', ranking: 'y1' }, 'fails'],
    [{ id: 'f', place, kind: 'group-leader', group: 'first', city: 'basil', ranking: 'x2' }, 'holds'],
    [{ id: 'g', place, kind: 'group-top', group: 'first', n: 2, ranking: 'x1' }, 'holds'],
    [{ id: 'h', place, kind: 'group-median-above', group: 'first', than: 'second', ranking: 'a' }, 'holds'],
    [{ id: 'i', place, kind: 'group-median-above', group: 'second', than: 'first', ranking: 'a' }, 'fails'],
    [{ id: 'j', place, kind: 'tier-count', tier: 'leading', count: 99 }, 'fails'],
  ])('%o %s', (claim, status) => {
    expect(evaluateClaims(result, [claim], { groups })[0]!.status).toBe(status);
  });
});
