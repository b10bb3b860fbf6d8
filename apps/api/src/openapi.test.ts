import { Validator } from '@seriousme/openapi-schema-validator';
import type { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { app } from './app.ts';
import { problemSchema } from './problem.ts';
import { cityDetailSchema } from './routes/city.ts';
import { citiesSchema } from './routes/cities.ts';
import { claimsSchema } from './routes/claims.ts';
import { errataSchema } from './routes/errata.ts';
import { frameworkSchema } from './routes/framework.ts';
import { indicatorDetailSchema, indicatorsSchema } from './routes/indicators.ts';
import { healthSchema } from './routes/health.ts';
import { reputationSchema } from './routes/reputation.ts';
import { rankingSchema } from './schemas/ranking.ts';
import { verificationSchema } from './schemas/verification.ts';
import { sourceResponseSchema } from './schemas/source.ts';
import { sensitivitySchema, uncertaintySchema } from './schemas/analysis.ts';
import { whatItTakesSchema } from './schemas/what-it-takes.ts';
import { scoredSchema } from './routes/score.ts';
import { json } from '../test/json.ts';

const spec = async () => json(await app.request('/openapi.json'));

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(await spec());
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every /v1 route the app serves, each with its problem responses', async () => {
    const doc = await spec();
    const served = app.routes
      .filter((r) => r.path.startsWith('/v1/') && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    const described = Object.entries(doc.paths as Record<string, object>)
      .filter(([path]) => path.startsWith('/v1/'))
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
    expect(new Set(described)).toEqual(new Set(served));
    for (const [path, item] of Object.entries(
      doc.paths as Record<string, Record<string, { responses: Record<string, { content?: object }> }>>,
    )) {
      for (const [method, op] of Object.entries(item)) {
        const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
        if (path !== '/v1/health') expect(errors.length, `${method} ${path}`).toBeGreaterThan(0);
        for (const [, response] of errors)
          expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json']);
      }
    }
  });

  it('names its schemas as components and documents the scenario parameters', async () => {
    const doc = await spec();
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Ranking', 'RankingRow', 'Provenance', 'Problem', 'Profile', 'Verification']),
    );
    const params = doc.paths['/v1/rankings'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(['pillar', 'format', 'n', 'a', 'a.pillars', 'w', 'x', 'r', 't']),
    );
  });
});

describe('real responses match their zod response schemas exactly', () => {
  it.each([
    ['/v1/health', healthSchema],
    ['/v1/rankings?a=geometric', rankingSchema],
    ['/v1/rankings?pillar=service', rankingSchema],
    ['/v1/cities', citiesSchema],
    ['/v1/cities/cairo?x=open-data', cityDetailSchema],
    ['/v1/cities/beijing', cityDetailSchema],
    ['/v1/rankings', rankingSchema],
    ['/v1/framework', frameworkSchema],
    ['/v1/indicators?a=geometric', indicatorsSchema],
    ['/v1/indicators/university-strength', indicatorDetailSchema],
    ['/v1/indicators/nowhere', problemSchema],
    ['/v1/rankings?group=asia', rankingSchema],
    ['/v1/claims?a=geometric&lang=zh', claimsSchema],
    ['/v1/reputation', reputationSchema],
    ['/v1/errata', errataSchema],
    ['/v1/verify', verificationSchema],
    ['/v1/source', sourceResponseSchema],
    ['/v1/cities/nowhere', problemSchema],
    ['/v1/rankings?w=x', problemSchema],
    ['/v1/cities/paris/what-it-takes?rank=4', whatItTakesSchema],
    ['/v1/cities/london/what-it-takes?tier=leading', whatItTakesSchema],
    ['POST /v1/score?n=min-max', scoredSchema, 'id,name,a,b\nx,X,1,\ny,Y,2,5\n', 'text/csv'],
    ['POST /v1/score', problemSchema, 'id,name,a\nx,X,zz\n', 'text/csv'],
    [
      'POST /v1/uncertainty',
      uncertaintySchema,
      JSON.stringify({ spec: { runs: 50, weightNoise: { indicators: 0.3 }, dropOne: true } }),
    ],
    [
      'POST /v1/sensitivity',
      sensitivitySchema,
      JSON.stringify({ spec: { samples: 32, bootstrap: 10, normalisation: ['min-max', 'z-score'] } }),
    ],
  ] as [string, z.ZodType, string?, string?][])(
    '%s',
    async (target, schema, body, type = 'application/json') => {
      const [method, path] = target.includes(' ') ? target.split(' ') : ['GET', target];
      const init = method === 'POST' ? { method, body, headers: { 'Content-Type': type } } : {};
      const answer = await json(await app.request(path!, init));
      const parsed = schema.safeParse(answer);
      expect(parsed.error?.issues).toBeUndefined();
      expect(parsed.data).toEqual(answer);
    },
  );
});
