import { audit as coreAudit } from '@smartcities/core/analysis';
import { defaultScenario } from '@smartcities/core';
import { dataset2020 } from '@smartcities/data/editions/2020';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/json.ts';
import { app, createApp } from '../app.ts';
import { inlineExecutor } from '../executor.ts';
import { auditSchema } from '../schemas/audit.ts';

const quick = 'runs=50&samples=16&bootstrap=10';
const post = (query: string, type: string, body: string) =>
  app.request(`/v1/audit?${query}`, { method: 'POST', headers: { 'Content-Type': type }, body });

describe('GET /v1/audit', () => {
  it('audits the edition exactly as core does, in the documented schema, cached', async () => {
    const response = await app.request(`/v1/audit?${quick}&seed=3`);
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(auditSchema.parse(body)).toEqual(body);
    const expected = coreAudit(dataset2020, defaultScenario, {
      runs: 50,
      samples: 16,
      bootstrap: 10,
      seed: 3,
    });
    expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(response.headers.get('etag')).toBeTruthy();
  });

  it('answers the HTML report in the asked language', async () => {
    const response = await app.request(`/v1/audit?${quick}&format=html&lang=zh`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('统计审计');
  });

  it('takes the scenario and its data steps from the query', async () => {
    const body = await json(await app.request(`/v1/audit?${quick}&treat=coinr&a=geometric`));
    expect(body.scenario).toMatchObject({ aggregation: { method: 'geometric' }, data: { treat: 'coinr' } });
  });

  it.each([
    ['runs=abc', 400, '?runs'],
    ['runs=5', 400, '?runs'],
    ['runs=5000', 422, '?runs'],
    ['bootstrap=900', 422, '?bootstrap'],
    ['noise=3', 400, '?noise'],
    ['impute=often', 400, '?impute'],
    ['x=nowhere', 400, '?x'],
  ])('refuses %s with %i naming %s', async (query, status, where) => {
    const response = await app.request(`/v1/audit?${query}`);
    expect(response.status).toBe(status);
    const problem = await json(response);
    expect(problem.errors[0].path.startsWith(where)).toBe(true);
  });
});

describe('POST /v1/audit', () => {
  const csv = 'id,name,a,b,c\nx,X,1,2,9\ny,Y,2,,7\nz,Z,3,5,4\nw,W,4,1,1\n';

  it('audits a posted dataset with the data steps in the query', async () => {
    const response = await post(`${quick}&n=min-max&impute=mean`, 'text/csv', csv);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await json(response);
    expect(auditSchema.parse(body)).toEqual(body);
    expect(body.data.imputed).toEqual([{ unit: 'y', indicator: 'b', value: 8 / 3, from: 'column' }]);
    expect(body.perUnit.rows).toHaveLength(4);
  });

  it('refuses a Sobol design over the evaluation budget', async () => {
    const header = ['id', 'name', ...Array.from({ length: 200 }, (_, i) => `i${i}`)].join(',');
    const row = (id: string, k: number) =>
      [id, id, ...Array.from({ length: 200 }, (_, i) => (i * k) % 7)].join(',');
    const body = [header, row('p', 1), row('q', 2), row('r', 3), ''].join('\n');
    const response = await post('samples=512&n=min-max', 'text/csv', body);
    expect(response.status).toBe(422);
    expect((await json(response)).type).toBe('urn:smartcities:problem:over-cap');
  });
});

describe('audits run in the executor', () => {
  it.each([
    ['GET', undefined],
    ['POST', 'text/csv'],
  ] as const)('%s /v1/audit past its time budget is a 503 problem with Retry-After', async (method, type) => {
    const tight = createApp({ executor: inlineExecutor({ budgetMs: 0 }) });
    const body = type ? 'id,name,a,b\nx,X,1,2\ny,Y,3,4\nz,Z,5,7\n' : undefined;
    const headers = type ? { 'Content-Type': type } : undefined;
    const response = await tight.request(`/v1/audit?${quick}&seed=9`, { method, headers, body });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.text()).toContain('time-budget-exhausted');
  });
});
