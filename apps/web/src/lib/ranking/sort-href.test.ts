import { describe, expect, it } from 'vitest';
import { sortHref } from './sort-href';

describe('sortHref()', () => {
  it('sets sort and dir and keeps the other parameters', () => {
    expect(sortHref(new URL('http://x/?lang=zh&q=lon'), { key: 'economy', dir: 'desc' })).toBe(
      '/?lang=zh&q=lon&sort=economy&dir=desc',
    );
  });

  it('drops the defaults', () => {
    expect(
      sortHref(new URL('http://x/pillars/economy?sort=economy&dir=desc'), { key: 'rank', dir: 'asc' }),
    ).toBe('/pillars/economy');
  });
});
