import { describe, expect, it } from 'vitest';
import { json } from '../../test/json.ts';
import { app } from '../app.ts';
import { problemSchema } from '../problem.ts';
import { indicatorDetailSchema, indicatorsSchema } from './indicators.ts';

describe('GET /v1/indicators', () => {
  it('lists the 21 indicators with note, ranking, weights and correlations, as the spec says', async () => {
    const body = await json(await app.request('/v1/indicators'));
    expect(indicatorsSchema.parse(body)).toEqual(body);
    expect(body.indicators).toHaveLength(21);
    for (const indicator of body.indicators) {
      expect(indicator.note.sources.length).toBeGreaterThan(0);
      expect(indicator.rows).toHaveLength(20);
    }
  });

  it('follows the scenario: an excluded indicator has no weight and no correlations', async () => {
    const body = await json(await app.request('/v1/indicators?x=data-center'));
    const dc = body.indicators.find((i: { id: string }) => i.id === 'data-center');
    expect(dc).toMatchObject({ effectiveWeight: null, correlations: null });
  });

  it('gives one CSV row per indicator', async () => {
    const lines = (await (await app.request('/v1/indicators?format=csv')).text()).trim().split('\r\n');
    expect(lines).toHaveLength(22);
    expect(lines[0]).toContain('effectiveWeight');
  });
});

describe('GET /v1/indicators/{id}', () => {
  it('gives data-center with the national-proxy caveat and its place, the ranking and correlations', async () => {
    const response = await app.request('/v1/indicators/data-center');
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(indicatorDetailSchema.parse(body)).toEqual(body);
    const { indicator } = body;
    expect(indicator.note.caveats[0]).toMatchObject({
      id: 'national-proxy',
      place: { section: '2.1', page: 11 },
    });
    expect(indicator.rows[0]).toMatchObject({ city: 'singapore', rank: 1, value: 100 });
    expect(indicator.effectiveWeight).toBeCloseTo(0.05, 12);
    expect(indicator.correlations.pillar.with).toBe('infrastructure');
    expect(indicator.correlations.index.n).toBe(20);
  });

  it('answers 404 with a suggestion for an unknown indicator, as the spec says', async () => {
    const response = await app.request('/v1/indicators/data-centre');
    expect(response.status).toBe(404);
    const body = await json(response);
    expect(problemSchema.parse(body)).toEqual(body);
    expect(body.detail).toContain('did you mean "data-center"');
  });
});

describe('GET /v1/rankings?group=', () => {
  it('keeps the group and gives each row its rank within it', async () => {
    const body = await json(await app.request('/v1/rankings?group=developing'));
    expect(
      body.rows
        .map((r: { city: string; rank: number; groupRank: number }) => [r.city, r.rank, r.groupRank])
        .slice(0, 3),
    ).toEqual([
      ['shanghai', 4, 1],
      ['beijing', 5, 2],
      ['dubai', 11, 3],
    ]);
    expect(body.rows).toHaveLength(8);
  });

  it('ranks within a group on a pillar too', async () => {
    const body = await json(await app.request('/v1/rankings?group=europe&pillar=innovation'));
    expect(body.rows.map((r: { city: string }) => r.city)).toEqual(['london', 'paris', 'berlin', 'moscow']);
  });

  it('answers 400 naming ?group for an unknown group', async () => {
    const response = await app.request('/v1/rankings?group=mars');
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.errors[0]).toMatchObject({ path: '?group', code: 'unknown-group' });
  });
});
