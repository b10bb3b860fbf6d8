import { describe, expect, it } from 'vitest';
import { sampleRows } from './fixtures';
import { tierBands } from './tier-bands';

describe('tierBands()', () => {
  it('groups consecutive rows of one tier, in order', () => {
    expect(tierBands(sampleRows).map((b) => [b.tier, b.rows.length])).toEqual([
      ['leading', 2],
      ['advanced', 1],
      ['following', 1],
    ]);
  });

  it('gives no band for no rows', () => {
    expect(tierBands([])).toEqual([]);
  });
});
