import { describe, expect, it } from 'vitest';
import { tooDeep } from './json-depth.ts';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('tooDeep', () => {
  it.each([
    ['{"spec":{"runs":[[[1]]]}}', 3, 'spec.runs'],
    ['{"spec":{"runs":[[[1]]]}}', 5, null],
    [`{"units":${nested(5000)}}`, 64, 'units'],
    [nested(5000), 64, '(body)'],
    ['{"a":"[[[[[[[[","b":{"c":[1]}}', 3, null],
    ['{"a\\"[[[":{"b":{"c":{"d":{}}}}}', 4, 'a"[[[.b.c.d'],
    ['{"units":[{"id":"x","v":[[[[1]]]]}]}', 5, 'units.v'],
  ])('%s with limit %i → %s', (text, limit, path) => {
    expect(tooDeep(text, limit)).toBe(path);
  });

  it('scans 5,000 levels without recursion', () => {
    expect(tooDeep(`{"spec":{"aggregation":${nested(100_000)}}}`, 64)).toBe('spec.aggregation');
  });
});
