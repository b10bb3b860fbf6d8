import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { json } from '../../test/json.ts';

describe('GET /v1/framework', () => {
  it('lists pillars and indicators with their effective weights (the report: 5 equal pillars)', async () => {
    const body = await json(await app.request('/v1/framework'));
    expect(body.pillars.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(['infrastructure', 'economy', 'service', 'governance', 'innovation']),
    );
    const byId = new Map(
      body.indicators.map((i: { id: string; effectiveWeight: number }) => [i.id, i.effectiveWeight]),
    );
    expect(body.indicators).toHaveLength(21);
    expect(byId.get('mobile-phone')).toBeCloseTo(0.2 * 0.25, 15);
    expect(byId.get('open-data')).toBeCloseTo(0.2 * 0.2, 15);
  });

  it('follows the scenario: an excluded indicator weighs null, its siblings share its weight', async () => {
    const body = await json(await app.request('/v1/framework?x=open-data'));
    const byId = new Map(
      body.indicators.map((i: { id: string; effectiveWeight: number | null }) => [i.id, i.effectiveWeight]),
    );
    expect(byId.get('open-data')).toBeNull();
    expect(byId.get('public-safety')).toBeCloseTo(0.2 * 0.25, 15);
  });

  it('gives the indicators as CSV', async () => {
    const csv = await (await app.request('/v1/framework?format=csv')).text();
    const [header, first] = csv.split('\r\n');
    expect(header).toContain('effectiveWeight');
    expect(first).toMatch(/^mobile-phone,/);
  });
});
