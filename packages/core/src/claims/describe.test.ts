import { edition2020 } from '@smartcities/data/editions/2020';
import { describe, expect, it } from 'vitest';
import { describeClaim, type NameOf } from './describe.ts';

const nameOf: NameOf = (kind, id) =>
  kind === 'city'
    ? (edition2020.cities.find((c) => c.id === id)?.name ?? id)
    : kind === 'group'
      ? (edition2020.report.cityGroupNames[id]?.en ?? id)
      : id;
const byId = (id: string) => edition2020.report.claims.find((c) => c.id === id)!;

describe('describeClaim()', () => {
  it.each([
    ['london-first', 'en', 'London ranks first overall'],
    ['london-first', 'zh', 'London在总排名中排名第1'],
    ['leading-three', 'en', 'London, New York and Singapore are in the leading tier'],
    ['open-data-hong-kong-above-beijing', 'en', 'Hong Kong ranks above Beijing on open-data'],
    [
      'infrastructure-developing-leader',
      'en',
      'Among Developing economies, Dubai ranks first on infrastructure',
    ],
    ['overall-l108-1-3', 'en', 'London, New York and Singapore rank between 1 and 3 overall'],
  ] as const)('%s in %s', (id, lang, text) => {
    expect(describeClaim(byId(id), lang, nameOf)).toBe(text);
  });

  it('writes a sentence for every claim of the report, in both languages', () => {
    for (const claim of edition2020.report.claims)
      for (const lang of ['en', 'zh'] as const)
        expect(describeClaim(claim, lang, nameOf).length).toBeGreaterThan(8);
  });
});

describe('describeChecks()', () => {
  it('gives each check its sentence, status, place and ranking, and tallies them', async () => {
    const { describeChecks } = await import('./describe-checks.ts');
    const { evaluateClaims } = await import('./evaluate-claims.ts');
    const { score } = await import('../score.ts');
    const checks = evaluateClaims(score(edition2020.dataset), edition2020.report.claims, {
      groups: edition2020.report.cityGroups,
      papers: edition2020.papers,
    });
    const { lines, tally } = describeChecks(checks, 'en', nameOf);
    expect(lines[0]).toMatchObject({
      id: 'london-first',
      text: 'London ranks first overall',
      status: 'holds',
      ranking: 'index',
      observed: { london: 1 },
      erratum: null,
    });
    expect(lines.find((l) => l.id === 'reputation-gap-rio')?.ranking).toBe('reputation');
    expect(tally).toEqual({ holds: lines.length - 2, fails: 2, 'not-applicable': 0 });
  });
});
