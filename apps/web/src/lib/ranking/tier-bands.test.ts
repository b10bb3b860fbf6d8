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

  it("bands rows by the printed tier where the report's figures are shown", () => {
    const printed = (row: (typeof sampleRows)[number], tier: string) => ({
      ...row,
      published: { score: row.score ?? 0, rank: row.rank ?? 0, tier, notes: [] },
    });
    const rows = sampleRows.map((row, i) => (i === 2 ? printed(row, 'following') : printed(row, row.tier!)));
    expect(tierBands(rows).map((b) => [b.tier, b.rows.length])).toEqual([
      ['leading', 2],
      ['following', 2],
    ]);
  });

  it('gives no band for no rows', () => {
    expect(tierBands([])).toEqual([]);
  });
});
