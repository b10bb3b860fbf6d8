import { describe, expect, it } from 'vitest';
import { shownTier } from './shown-tier';

describe('shownTier()', () => {
  it.each([
    ['advanced', 'following', 'following'],
    ['advanced', undefined, 'advanced'],
    [null, undefined, null],
    ['leading', 'not a tier', 'leading'],
  ] as const)('computed %s, printed %s: shows %s', (computed, printed, shown) => {
    expect(shownTier(computed, printed)).toBe(shown);
  });
});
