import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { json } from '../../test/json.ts';

describe('GET /v1/errata', () => {
  it('lists every erratum of the edition', async () => {
    const body = await json(await app.request('/v1/errata'));
    expect(body.errata).toEqual(JSON.parse(JSON.stringify(edition2020.errata)));
  });

  it('filters by table and by city', async () => {
    const byTable = await json(await app.request('/v1/errata?table=2-6'));
    expect(byTable.errata.map((e: { id: string }) => e.id)).toEqual([
      'E-2-6-r8-reputationRank',
      'E-2-6-r8-difference',
    ]);
    const byCity = await (await app.request('/v1/errata?city=berlin&format=csv')).text();
    expect(
      byCity
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',')[0]),
    ).toEqual(['E-overall-r15-tier', 'E-2-3-r17-label']);
  });

  it('refuses an unknown table or city with a 400 naming the parameter', async () => {
    const city = await app.request('/v1/errata?city=berln');
    expect(city.status).toBe(400);
    expect((await json(city)).errors[0]).toMatchObject({ path: '?city', code: 'unknown-city' });
    const table = await json(await app.request('/v1/errata?table=2-9'));
    expect(table.errors[0].path).toBe('?table');
  });
});
