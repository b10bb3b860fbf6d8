import { beforeAll, describe, expect, it } from 'vitest';
import { responseValidator, type ResponseCheck } from '../scripts/spec-validator.mjs';
import { app, createApp } from '../src/app.ts';
import { inlineExecutor } from '../src/executor.ts';
import { MAX_BOOTSTRAP, MAX_SENSITIVITY_SAMPLES, MAX_UNCERTAINTY_RUNS } from '../src/limits.ts';
import { json } from './json.ts';

type Case = [method: string, path: string, body?: unknown, type?: string];

const noise = { weightNoise: { pillars: 0.25 } };
const post = (path: string, body: unknown, type = 'application/json'): Case => ['POST', path, body, type];
const datasetJson = {
  units: [
    { id: 'a', name: 'A', x: 1, y: 2 },
    { id: 'b', name: 'B', x: 3, y: 1 },
  ],
};

/** Requests for every route, each kind of success and each error class the route documents. */
const cases: Case[] = [
  ['GET', '/'],
  ['GET', '/v1/health'],
  ['GET', '/v1/framework?w=economy:2'],
  ['GET', '/v1/framework?n=nope'],
  ['GET', '/v1/cities'],
  ['GET', '/v1/cities?bogus=1'],
  ['GET', '/v1/cities/london?a=geometric'],
  ['GET', '/v1/cities/lodnon'],
  ...[
    'rank=1',
    'rank=3',
    'rank=5',
    'tier=leading',
    'tier=advanced',
    'rank=20',
    'rank=1&n=min-max&a=geometric',
  ].map((q): Case => ['GET', `/v1/cities/tokyo/what-it-takes?${q}`]),
  ...['new-york', 'dubai', 'moscow', 'london'].map((id): Case => [
    'GET',
    `/v1/cities/${id}/what-it-takes?tier=leading`,
  ]),
  ['GET', '/v1/cities/tokyo/what-it-takes?rank=1&tier=leading'],
  ['GET', '/v1/cities/tokyo/what-it-takes?rank=99'],
  ['GET', '/v1/rankings'],
  ['GET', '/v1/rankings?format=csv'],
  ['GET', '/v1/rankings?pillar=economy&a=geometric'],
  ['GET', '/v1/rankings?a=generalised&a.p=160'],
  ['GET', '/v1/rankings?w=economy:0x10'],
  ['GET', '/v1/rankings?__proto__=1'],
  ['GET', '/v1/rankings?x=mobile-phone,economy'],
  ['GET', '/v1/reputation?a=geometric'],
  ['GET', '/v1/reputation'],
  ['GET', '/v1/rankings?pillar=infrastructure'],
  ['GET', '/v1/cities/new-york'],
  ['GET', '/v1/verify'],
  ['GET', '/v1/errata?city=london'],
  ['GET', '/v1/errata?table=nope'],
  ['HEAD', '/v1/rankings'],
  ['GET', '/openapi.json'],
  ['GET', '/docs'],
  ['GET', '/no/such/route'],
  ['DELETE', '/v1/rankings'],
  ['PURGE', '/v1/rankings'],
  ['OPTIONS', '/v1/rankings'],
  ['GET', `/v1/rankings?x=${'a'.repeat(17_000)}`],
  post('/v1/score', datasetJson),
  post('/v1/score?n=min-max&format=csv', 'id,name,x,y\na,A,1,2\nb,B,3,1\n', 'text/csv'),
  post('/v1/score', {
    units: [
      { id: 'a', name: 'A', constructor: 1, x: 2 },
      { id: 'b', name: 'B', x: 3 },
    ],
  }),
  post('/v1/score', { units: 'nope' }),
  post('/v1/score', '{"units":', 'application/json'),
  post('/v1/score', 'x', 'text/plain'),
  post('/v1/score', `{"units":${'['.repeat(5000)}${']'.repeat(5000)}}`),
  post('/v1/score', 'x'.repeat(2 * 1024 * 1024 + 1), 'text/csv'),
  post('/v1/uncertainty', { spec: { ...noise, runs: 200, seed: 3 } }),
  post('/v1/uncertainty', {
    spec: {
      runs: 300,
      normalisation: ['min-max', 'z-score', 'rank'],
      aggregation: ['geometric', 'harmonic'],
    },
  }),
  post('/v1/uncertainty', {
    spec: { runs: 50, normalisation: ['z-score', 'percentile-rank'], aggregation: ['geometric', 'harmonic'] },
  }),
  post('/v1/uncertainty', { spec: { ...noise, runs: MAX_UNCERTAINTY_RUNS + 1 } }),
  post('/v1/uncertainty', { scenario: 'a=geometric', spec: noise }),
  post('/v1/uncertainty?a=geometric', { scenario: 'a=geometric', spec: noise }),
  post('/v1/sensitivity', { spec: { ...noise, samples: 64, bootstrap: 20 } }),
  post('/v1/sensitivity', { spec: { ...noise, samples: MAX_SENSITIVITY_SAMPLES + 1 } }),
  post('/v1/sensitivity', { spec: { ...noise, bootstrap: MAX_BOOTSTRAP + 1 } }),
  post('/v1/sensitivity', { spec: { aggregation: [`${'['.repeat(5000)}`] } }),
];

const bodyOf = ([, , body]: Case) =>
  body === undefined || typeof body === 'string' ? body : JSON.stringify(body);

let check: ResponseCheck;
beforeAll(async () => {
  check = responseValidator(await json(await app.request('/openapi.json')));
});

describe('every response conforms to /openapi.json (ajv, JSON Schema 2020-12)', () => {
  it.each(cases.map((c) => [c[0], c[1].slice(0, 90), c] as const))('%s %s', async (method, _path, c) => {
    const headers = c[3] ? { 'Content-Type': c[3] } : undefined;
    const response = await app.request(c[1], { method, headers, body: bodyOf(c) });
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    expect(check(method, c[1], response.status, response.headers.get('content-type'), text)).toEqual([]);
  });

  it('documents the budget 503 and answers it as a problem document', async () => {
    const tight = createApp({ executor: inlineExecutor({ budgetMs: 0 }) });
    const path = '/v1/uncertainty';
    const body = JSON.stringify({ spec: { ...noise, runs: 500 } });
    const response = await tight.request(path, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(check('POST', path, 503, response.headers.get('content-type'), await response.text())).toEqual([]);
  });
});

describe('the caps in the spec are the enforced caps, defaults within them', () => {
  const specOf = async (path: string) => {
    const doc = await json(await app.request('/openapi.json'));
    return doc.paths[path].post.requestBody.content['application/json'].schema.properties.spec.properties;
  };

  it('uncertainty: runs maximum and default', async () => {
    const spec = await specOf('/v1/uncertainty');
    expect(spec.runs.maximum).toBe(MAX_UNCERTAINTY_RUNS);
    expect(spec.runs.default).toBeLessThanOrEqual(MAX_UNCERTAINTY_RUNS);
  });

  it('sensitivity: samples and bootstrap maxima and defaults; a body without samples is accepted', async () => {
    const spec = await specOf('/v1/sensitivity');
    expect(spec.samples.maximum).toBe(MAX_SENSITIVITY_SAMPLES);
    expect(spec.bootstrap.maximum).toBe(MAX_BOOTSTRAP);
    expect(spec.samples.default).toBeLessThanOrEqual(MAX_SENSITIVITY_SAMPLES);
    expect(spec.bootstrap.default).toBeLessThanOrEqual(MAX_BOOTSTRAP);
    const response = await app.request('/v1/sensitivity', {
      method: 'POST',
      body: JSON.stringify({ spec: { ...noise, bootstrap: 0 } }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(200);
    expect((await json(response)).samples).toBe(MAX_SENSITIVITY_SAMPLES);
  }, 30_000);
});
