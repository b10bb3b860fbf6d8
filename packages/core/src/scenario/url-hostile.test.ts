import { describe, expect, it } from 'vitest';
import { scenarioFromQuery } from './url.ts';

/** The paths of the issues a query gives, or "ok". */
const outcome = (query: string) => {
  const parsed = scenarioFromQuery(query);
  return parsed.ok ? 'ok' : parsed.issues.map((issue) => issue.path).join(' ');
};

describe('scenarioFromQuery with hostile input', () => {
  it.each([
    ['w=economy:0x10', '?w'],
    ['w=economy:0b11', '?w'],
    ['w=economy:Infinity', '?w'],
    ['w=economy:1e400', '?w'],
    ['w=economy: ', '?w'],
    ['a=generalised&a.p=0x10', '?a.p'],
    ['a=generalised&a.p=', '?a.p'],
    ['a=generalised&a.p=1e999', '?a.p'],
    ['a.min=0o1', '?a.min'],
    ['t=mean-sd:0x1', '?t'],
    ['n=min-max&n.upper=0x10', '?n.upper (normalisation.params.upper)'],
  ])('reads numbers as decimals only: %s names %s', (query, path) => {
    expect(outcome(query)).toBe(path);
  });

  it.each([
    'w=economy:16',
    'w=economy:1.5e1',
    'a=generalised&a.p=-2.5',
    't=mean-sd:.5',
    'n=min-max&n.upper=1E2',
  ])('accepts the decimal %s', (query) => expect(outcome(query)).toBe('ok'));

  it.each([
    ['n.__proto__={"lower":5}', '?n.__proto__'],
    ['a.__proto__=geometric', '?a.__proto__'],
    ['a.constructor=geometric', '?a.constructor'],
    ['w=__proto__:2', '?w'],
    ['w=constructor:2', '?w'],
  ])('refuses prototype-named keys and ids: %s names %s', (query, path) => {
    expect(outcome(query)).toBe(path);
  });

  it('keeps the object it builds free of prototype pollution', () => {
    scenarioFromQuery('n.__proto__={"polluted":1}&w=__proto__:1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
