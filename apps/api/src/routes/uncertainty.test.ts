import { defineScenario } from '@smartcities/core';
import { runUncertainty, uncertaintySpecSchema } from '@smartcities/core/analysis';
import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/json.ts';
import { app } from '../app.ts';

const post = (path: string, body: unknown, type = 'application/json') =>
  app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const spec = {
  runs: 200,
  seed: 42,
  weightNoise: { pillars: 0.25 },
  aggregation: ['arithmetic', 'geometric'],
};

describe('POST /v1/uncertainty', () => {
  it("returns core's runUncertainty (without per-run designs), reproducible from its seed", async () => {
    const response = await post('/v1/uncertainty', { spec });
    const text = await response.text();
    const {
      designs: _designs,
      provenance,
      ...expected
    } = runUncertainty(edition2020.dataset, defineScenario({}), uncertaintySpecSchema.parse(spec));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ provenance, ...expected })));
    expect(await (await post('/v1/uncertainty', { spec })).text()).toBe(text);
    expect(await (await post('/v1/uncertainty', { spec: { ...spec, seed: 43 } })).text()).not.toBe(text);
  });

  it('takes the scenario as an object, as its URL form, or in the query, with the same result', async () => {
    const byObject = await (
      await post('/v1/uncertainty', { scenario: { aggregation: { method: 'harmonic' } }, spec })
    ).text();
    const byString = await (await post('/v1/uncertainty', { scenario: 'a=harmonic', spec })).text();
    const byQuery = await (await post('/v1/uncertainty?a=harmonic', { spec })).text();
    expect(byString).toBe(byObject);
    expect(byQuery).toBe(byObject);
    expect(JSON.parse(byObject).provenance.scenarioHash).toBe(
      JSON.parse(await (await app.request('/v1/rankings?a=harmonic')).text()).provenance.scenarioHash,
    );
  });

  it('gives the rows as CSV', async () => {
    const csv = await (await post('/v1/uncertainty?format=csv', { spec })).text();
    expect(csv.split('\r\n')[0]).toBe(
      'city,nominal,mean,median,q05,q95,tiers.leading,tiers.advanced,tiers.following',
    );
    expect(csv.split('\r\n')[1]).toMatch(/^london,1,/);
  });

  it.each([
    [{ spec: { ...spec, runs: 2001 } }, 422, 'invalid-body', 'spec.runs'],
    [{ spec: { runs: 10 } }, 422, 'invalid-body', 'spec'],
    [{ spec: { ...spec, runs: 1.5 } }, 422, 'invalid-body', 'spec.runs'],
    [{ spec, extra: true }, 422, 'invalid-body', '(body)'],
    [
      { scenario: { aggregation: { method: 'geo' } }, spec },
      422,
      'invalid-scenario',
      'scenario.aggregation.method',
    ],
    [{ scenario: 'a=geo', spec }, 422, 'invalid-scenario', 'scenario ?a (aggregation.method)'],
    [
      { scenario: { weights: { nowhere: 1 } }, spec },
      422,
      'scenario-does-not-fit',
      'scenario.weights.nowhere',
    ],
    [{ scenario: 12, spec }, 422, 'invalid-body', 'scenario'],
  ])('refuses %j with %i %s at %s', async (body, status, code, path) => {
    const response = await post('/v1/uncertainty', body);
    const problem = await json(response);
    expect(response.status).toBe(status);
    expect(problem.type).toBe(`urn:smartcities:problem:${code}`);
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('refuses a scenario given twice, malformed JSON, and another media type', async () => {
    expect(
      (await json(await post('/v1/uncertainty?a=geometric', { scenario: 'a=harmonic', spec }))).type,
    ).toBe('urn:smartcities:problem:scenario-twice');
    const malformed = await post('/v1/uncertainty', '{"spec":');
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).type).toBe('urn:smartcities:problem:bad-request');
    expect((await post('/v1/uncertainty', 'runs=10', 'application/x-www-form-urlencoded')).status).toBe(415);
  });
});
