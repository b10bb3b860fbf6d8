import { defineScenario } from '@smartcities/core';
import { runSensitivity, sensitivitySpecSchema } from '@smartcities/core/analysis';
import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/json.ts';
import { app } from '../app.ts';

const post = (path: string, body: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const spec = {
  samples: 64,
  bootstrap: 20,
  seed: 7,
  weightNoise: { pillars: 0.25 },
  aggregation: ['arithmetic', 'geometric'],
};

describe('POST /v1/sensitivity', () => {
  it("returns core's Sobol indices for the declared inputs, reproducible from the seed", async () => {
    const body = await json(await post('/v1/sensitivity', { scenario: 'r=none', spec }));
    const expected = runSensitivity(
      edition2020.dataset,
      defineScenario({ rescale: 'none' }),
      sensitivitySpecSchema.parse(spec),
    );
    expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body.rows.map((r: { input: { id: string } }) => r.input.id)).toEqual([
      ...['infrastructure', 'economy', 'service', 'governance', 'innovation'].map((p) => `weight:${p}`),
      'aggregation',
    ]);
    expect(body.evaluations).toBe(64 * (6 + 2));
  });

  it('gives the rows as CSV', async () => {
    const csv = await (await post('/v1/sensitivity?format=csv', { spec })).text();
    expect(csv.split('\r\n')[0]).toMatch(
      /^input\.id,input\.kind,input\.node,input\.parent,input\.noise,first,total,firstInterval,totalInterval/,
    );
  });

  it.each([
    [{ spec: { ...spec, samples: 513 } }, 'invalid-body', 'spec.samples'],
    [{ spec: { ...spec, bootstrap: 1001 } }, 'invalid-body', 'spec.bootstrap'],
    [{ spec: { ...spec, confidence: 2 } }, 'invalid-body', 'spec.confidence'],
    [{ spec: { ...spec, aggregation: ['geo'] } }, 'invalid-body', 'spec.aggregation.0'],
  ])('refuses %j with 422 %s at %s', async (body, code, path) => {
    const response = await post('/v1/sensitivity', body);
    const problem = await json(response);
    expect(response.status).toBe(422);
    expect(problem.type).toBe(`urn:smartcities:problem:${code}`);
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});
