import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { scenarioFromQuery } from './scenario/url.ts';
import { safeScore } from './score.ts';

/** Scores the edition under a URL-form scenario; the issue paths, or "ok" with every index score finite. */
function outcome(query: string) {
  const parsed = scenarioFromQuery(query);
  if (!parsed.ok) throw new Error(`bad query ${query}`);
  const scored = safeScore(edition2020.dataset, parsed.scenario);
  if (!scored.ok) return scored.issues.map((issue) => `${issue.code} ${issue.path}`).join('; ');
  const index = scored.result.scores[scored.result.tree.root]!;
  return Array.from(index).every(Number.isFinite) ? 'ok' : 'non-finite scores';
}

describe('score refuses non-finite intermediate results, naming the parameter that caused them', () => {
  it.each([
    ['a=generalised&a.p=160', 'non-finite aggregation.p'],
    ['a=generalised&a.p=155', 'non-finite aggregation.p'],
    ['a=generalised&a.p=-400', 'non-finite aggregation.p'],
    ['n=min-max&n.upper=1e308&n.lower=-1e308', 'non-finite normalisation.params.lower'],
    ['n=z-score&n.sd=1e308&n.mean=1e308', 'non-finite normalisation.params.mean'],
    ['w=economy:1e308,infrastructure:1e308', 'non-finite weights.economy'],
  ])('%s → %s', (query, expected) => {
    expect(outcome(query)).toBe(expected);
  });

  it('refuses goalposts too far apart to subtract', () => {
    const query = 'n=goalposts&n.goalposts={"lower":-1e308,"upper":1e308}';
    expect(outcome(query)).toBe('non-finite normalisation.params.goalposts');
  });

  it.each(['a=generalised&a.p=3', 'n=min-max&n.upper=1e6&n.lower=-1e6', 'w=economy:1e300', ''])(
    'still scores a large but safe scenario: %s',
    (query) => expect(outcome(query)).toBe('ok'),
  );
});
