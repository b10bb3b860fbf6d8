import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { json } from '../../test/json.ts';

describe('GET /v1/verify', () => {
  it('gives each of the 760 printed numbers a status, none failed, errata named', async () => {
    const body = await json(await app.request('/v1/verify'));
    expect(body.edition).toBe('2020');
    expect(body.summary).toMatchObject({ cells: 760, failed: 0 });
    const { exact, rounding, erratum } = body.summary;
    expect(exact + rounding + erratum).toBe(760);
    expect(body.rows).toHaveLength(760);
    type Row = { status: string; erratum?: string; table: string; city?: string; column: string };
    expect(body.rows.filter((r: Row) => r.status === 'erratum').every((r: Row) => r.erratum)).toBe(true);
    const beijing = body.rows.find(
      (r: Row) => r.table === 'overall' && r.city === 'beijing' && r.column === 'score',
    );
    expect(beijing).toMatchObject({ published: 92.8, computed: 92.7, status: 'rounding', bound: 0.117 });
  });

  it('gives the printed numbers as CSV', async () => {
    const csv = await (await app.request('/v1/verify?format=csv')).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^table,row,column,city,published,computed,unrounded,bound,status,erratum/);
    expect(lines).toHaveLength(761);
  });
});
