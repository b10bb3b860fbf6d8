import { describe, expect, it } from 'vitest';
import { json } from '../../test/json.ts';
import { app } from '../app.ts';
import { claimsSchema } from './claims.ts';

describe('GET /v1/claims', () => {
  it("checks every claim under the report's method: all hold but the misprinted ones", async () => {
    const body = await json(await app.request('/v1/claims'));
    expect(claimsSchema.parse(body)).toEqual(body);
    const london = body.claims.find((c: { id: string }) => c.id === 'london-first');
    expect(london).toMatchObject({
      text: 'London ranks first overall',
      status: 'holds',
      observed: { london: 1 },
    });
    expect(london.place).toMatchObject({ section: '1.4', page: 10, table: 'overall' });
    const misprinted = body.claims.filter((c: { erratum: string | null }) => c.erratum !== null).length;
    expect(body.tally).toEqual({
      holds: body.claims.length - misprinted,
      fails: misprinted,
      'not-applicable': 0,
    });
  });

  it('follows the scenario: geometric aggregation makes claims fail, an excluded ranking is not applicable', async () => {
    const geometric = await json(await app.request('/v1/claims?a=geometric'));
    expect(geometric.claims.find((c: { id: string }) => c.id === 'economy-l393-1-5').status).toBe('fails');
    const excluded = await json(await app.request('/v1/claims?x=open-data'));
    expect(excluded.tally['not-applicable']).toBeGreaterThan(0);
  });

  it('writes the sentences in Chinese and the lines as CSV', async () => {
    const zh = await json(await app.request('/v1/claims?lang=zh'));
    expect(zh.claims[0].text).toBe('伦敦在总排名中排名第1');
    const csv = await (await app.request('/v1/claims?format=csv')).text();
    expect(csv.split('\r\n')[0]).toContain('status');
  });

  it('answers 400 for an unknown language', async () => {
    expect((await app.request('/v1/claims?lang=fr')).status).toBe(400);
  });
});
