import { defineScenario } from '@smartcities/core';
import { explain, explainJson } from '@smartcities/core/analysis';
import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/json.ts';
import { app } from '../app.ts';
import { problemSchema } from '../problem.ts';
import { explainSchema } from '../schemas/explain.ts';

const post = (body: unknown) =>
  app.request('/v1/explain', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const sum = (parts: Record<string, number>) => Object.values(parts).reduce((a, b) => a + b, 0);

/** Validates an answer against its documented schema and returns it. */
function valid<T>(
  schema: { safeParse(x: unknown): { data?: T; error?: { issues: unknown[] } } },
  answer: unknown,
): T {
  const parsed = schema.safeParse(answer);
  expect(parsed.error?.issues).toBeUndefined();
  expect(parsed.data).toEqual(answer);
  return parsed.data!;
}

describe('GET /v1/explain', () => {
  it('answers core’s explanation of the edition between two URL forms, as documented', async () => {
    const to = encodeURIComponent('a=geometric&w=economy:0.5');
    const response = await app.request(`/v1/explain?to=${to}`);
    expect(response.status).toBe(200);
    const body = valid(explainSchema, await json(response));
    const core = explainJson(
      explain(
        edition2020.dataset,
        defineScenario({}),
        defineScenario({ aggregation: { method: 'geometric' }, weights: { economy: 0.5 } }),
      ),
    );
    expect(body.rows).toEqual(JSON.parse(JSON.stringify(core.rows)));
    expect(body.differing).toEqual(['weights', 'aggregation']);
    for (const row of body.rows) expect(Math.abs(sum(row.contributions!) - row.change!)).toBeLessThan(1e-9);
    expect(response.headers.get('etag')).toBeTruthy();
  });

  it('gives one city as CSV with a column per component', async () => {
    const csv = await (await app.request('/v1/explain?to=a%3Dgeometric&city=tokyo&format=csv')).text();
    const [header, tokyo] = csv.split('\r\n');
    expect(header).toBe(
      'city,from,to,change,rankFrom,rankTo,contributions.weights,contributions.normalisation,contributions.aggregation,contributions.exclusions,contributions.imputation,contributions.rescaling,contributions.data,passed,passedBy,tierFrom,tierTo',
    );
    expect(tokyo).toMatch(
      /^tokyo,86\.63\d*,81\.38\d*,-5\.24\d*,12,14,0,0,-5\.24\d*,0,0,0,0,,sydney toronto,advanced,advanced$/,
    );
  });

  it.each([
    ['/v1/explain?to=a%3Dgeometic', 400, '?to ?a (aggregation.method)'],
    ['/v1/explain?from=w%3Dnope%3A2', 400, '?from: weights.nope'],
    ['/v1/explain?city=tokio', 400, '?city'],
    ['/v1/explain?too=a%3Dgeometric', 400, 'too'],
  ])('refuses %s with a problem naming the parameter', async (path, status, place) => {
    const response = await app.request(path);
    expect(response.status).toBe(status);
    const problem = valid(problemSchema, await json(response));
    expect(JSON.stringify(problem)).toContain(place);
  });
});

describe('POST /v1/explain', () => {
  it('takes scenario objects and a city, and splits by indicator where arithmetic', async () => {
    const response = await post({ to: { weights: { economy: 2 } }, city: 'tokyo' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = valid(explainSchema, await json(response));
    expect(body.rows).toHaveLength(1);
    expect(Math.abs(sum(body.rows[0]!.byIndicator!) - body.rows[0]!.change!)).toBeLessThan(1e-9);
  });

  it('explains a posted dataset', async () => {
    const dataset = {
      units: [
        { id: 'alpha', name: 'Alpha', a: 90, b: 10 },
        { id: 'beta', name: 'Beta', a: 60, b: 40 },
        { id: 'gamma', name: 'Gamma', a: 30, b: 35 },
      ],
    };
    const body = valid(
      explainSchema,
      await json(await post({ dataset, from: 'n=min-max', to: 'n=min-max&a=geometric&a.np=shift' })),
    );
    expect(body.rows.map((r) => r.city)).toEqual(['alpha', 'beta', 'gamma']);
    expect(body.differing).toEqual(['aggregation']);
  });

  it('explains a revision of the data (toDataset): the change is the data component', async () => {
    const units = (betaA: number) => [
      { id: 'alpha', name: 'Alpha', a: 90, b: 10 },
      { id: 'beta', name: 'Beta', a: betaA, b: 40 },
      { id: 'gamma', name: 'Gamma', a: 30, b: 35 },
    ];
    const response = await post({ dataset: { units: units(50) }, toDataset: { units: units(95) } });
    expect(response.status).toBe(200);
    const body = valid(explainSchema, await json(response));
    expect(body.differing).toEqual(['data']);
    const beta = body.rows.find((r) => r.city === 'beta')!;
    expect([beta.rankFrom, beta.rankTo]).toEqual([2, 1]);
    for (const row of body.rows) expect(Math.abs(row.contributions!.data! - row.change!)).toBeLessThan(1e-9);
  });

  it.each([
    [{ to: { aggregation: { method: 'geometic' } } }, 422, 'to.aggregation.method'],
    [{ from: 'x=nowhere' }, 422, 'from.exclude.nowhere'],
    [{ city: 'atlantis' }, 422, '"path":"city","message":"unknown city'],
    [{ dataset: { units: [{ id: 'a', x: 'zz' }] } }, 422, 'dataset.json'],
    [{ toDataset: { units: [{ id: 'a', x: 'zz' }] } }, 422, 'toDataset.json'],
    [{ toDataset: { units: [{ id: 'london', name: 'London', x: 1 }] } }, 422, 'same framework'],
    [
      { from: 'x=mobile-phone', to: 'w=next-generation-network:0,export-bandwidth:0,data-center:0' },
      422,
      'cannot be scored',
    ],
    [{ unknown: 1 }, 422, 'unknown'],
  ])('refuses %j with a problem naming the place', async (input, status, place) => {
    const response = await post(input);
    expect(response.status).toBe(status);
    expect(JSON.stringify(valid(problemSchema, await json(response)))).toContain(place);
  });
});
