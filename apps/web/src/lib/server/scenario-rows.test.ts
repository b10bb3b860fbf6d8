import { describe, expect, it } from 'vitest';
import { scenarioRows } from './scenario-rows';

describe('scenarioRows()', () => {
  it("gives the report's ranking with rank intervals for an empty query", () => {
    const result = scenarioRows(new URLSearchParams());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toHaveLength(20);
    expect(result.rows[0]).toMatchObject({ city: 'london', rank: 1 });
    for (const row of result.rows) expect(row.interval!.low).toBeLessThanOrEqual(row.rank!);
  });

  it('scores another scenario and keeps the answer for the same query', () => {
    const geometric = scenarioRows(new URLSearchParams('a=geometric'));
    expect(geometric.ok && geometric.query).toBe('a=geometric');
    expect(scenarioRows(new URLSearchParams('a=geometric&lang=zh'))).toBe(geometric);
  });

  it('names the query parameter of a scenario that cannot be read', () => {
    const bad = scenarioRows(new URLSearchParams('n=minmx'));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues[0]!.path).toMatch(/n/);
  });
});
