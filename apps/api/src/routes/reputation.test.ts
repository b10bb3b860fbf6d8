import { reputation, score } from '@smartcities/core';
import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { json } from '../../test/json.ts';

describe('GET /v1/reputation', () => {
  it('recomputes table 2-6 against the index, as core does', async () => {
    const body = await json(await app.request('/v1/reputation'));
    const result = score(edition2020.dataset);
    expect(body).toEqual(
      JSON.parse(
        JSON.stringify({ provenance: result.provenance, ...reputation(edition2020.papers, result) }),
      ),
    );
    expect(body.rows[0]).toEqual({
      city: 'beijing',
      papers: 72,
      reputationRank: 1,
      smartRank: 5,
      difference: 4,
    });
  });

  it('compares with the index under the scenario', async () => {
    const body = await json(await app.request('/v1/reputation?w=economy:3'));
    const beijing = body.rows.find((r: { city: string }) => r.city === 'beijing');
    expect(beijing.difference).toBe(beijing.smartRank - 1);
  });

  it('gives the rows as CSV', async () => {
    const csv = await (await app.request('/v1/reputation?format=csv')).text();
    expect(csv.split('\r\n').slice(0, 2)).toEqual([
      'city,papers,reputationRank,smartRank,difference',
      'beijing,72,1,5,4',
    ]);
  });
});
