import { reputation, score } from '@smartcities/core';
import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { json } from '../../test/json.ts';

describe('GET /v1/reputation', () => {
  it('recomputes table 2-6 against the index, as core does', async () => {
    const body = await json(await app.request('/v1/reputation'));
    const result = score(edition2020.dataset);
    const computed = reputation(edition2020.papers, result);
    expect({
      ...body,
      rows: body.rows.map(({ published: _, ...row }: { published: unknown }) => row),
    }).toEqual(JSON.parse(JSON.stringify({ provenance: result.provenance, ...computed })));
    expect(body.rows[0]).toEqual({
      city: 'beijing',
      papers: 72,
      reputationRank: 1,
      smartRank: 5,
      difference: 4,
      published: { papers: 72, reputationRank: 1, smartCityRank: 5, difference: 4, notes: [] },
    });
  });

  it("carries table 2-6 as printed under the report's method only, Hong Kong's erratum noted", async () => {
    const body = await json(await app.request('/v1/reputation'));
    const hongKong = body.rows.find((r: { city: string }) => r.city === 'hong-kong');
    expect([hongKong.reputationRank, hongKong.published.reputationRank]).toEqual([7, 8]);
    expect(hongKong.published.notes.map((n: { field: string }) => n.field)).toEqual([
      'reputationRank',
      'difference',
    ]);
    const other = await json(await app.request('/v1/reputation?a=geometric'));
    expect(other.rows.some((r: object) => 'published' in r)).toBe(false);
  });

  it('compares with the index under the scenario', async () => {
    const body = await json(await app.request('/v1/reputation?w=economy:3'));
    const beijing = body.rows.find((r: { city: string }) => r.city === 'beijing');
    expect(beijing.difference).toBe(beijing.smartRank - 1);
  });

  it('gives the rows as CSV', async () => {
    const csv = await (await app.request('/v1/reputation?format=csv')).text();
    expect(csv.split('\r\n').slice(0, 2)).toEqual([
      'city,papers,reputationRank,smartRank,difference,published_papers,published_reputationRank,published_smartCityRank,published_difference',
      'beijing,72,1,5,4,72,1,5,4',
    ]);
  });
});
