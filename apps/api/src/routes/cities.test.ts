import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { json } from '../../test/json.ts';

describe('GET /v1/cities', () => {
  it('lists the 20 cities of the edition in the order of the overall ranking', async () => {
    const response = await app.request('/v1/cities');
    const body = await json(response);
    expect(response.status).toBe(200);
    expect(body.edition).toBe('2020');
    expect(body.cities.map((c: { id: string }) => c.id)).toEqual(edition2020.cities.map((c) => c.id));
    expect(body.cities[0]).toEqual({
      id: 'london',
      name: 'London',
      nameZh: '伦敦',
      country: 'GB',
      region: 'Europe',
      lat: 51.5074,
      lon: -0.1278,
    });
  });

  it('gives one CSV row per city', async () => {
    const csv = await (await app.request('/v1/cities?format=csv')).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,name,nameZh,country,region,lat,lon');
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('cairo,Cairo,开罗,EG,Africa,30.0444,31.2357');
  });

  it('refuses parameters it does not take', async () => {
    const response = await app.request('/v1/cities?a=geometric');
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toBe('?a');
  });
});
