import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { json } from '../../test/json.ts';

describe('GET /v1/verify', () => {
  it('recomputes every published cell: none fails, the errata explain the rest', async () => {
    const body = await json(await app.request('/v1/verify'));
    expect(body.edition).toBe('2020');
    expect(body.failed).toBe(0);
    expect(body.passed + body.explained).toBe(body.cells);
    expect(body.rows).toHaveLength(body.cells);
    expect(
      body.rows
        .filter((r: { status: string }) => r.status === 'explained')
        .every((r: { erratum?: string }) => r.erratum),
    ).toBe(true);
  });

  it('gives the cells as CSV', async () => {
    const csv = await (await app.request('/v1/verify?format=csv')).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^table,row,column,city,printed,computed,difference,status/);
    expect(lines.length).toBeGreaterThan(600);
  });
});
