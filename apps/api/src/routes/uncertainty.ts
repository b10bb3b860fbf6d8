import { createRoute, z } from '@hono/zod-openapi';
import { uncertaintySpecSchemaWithin } from '@smartcities/core/analysis';
import { scenarioBodySchema, scenarioFor } from '../body-scenario.ts';
import { formatOf, formatSchema } from '../format.ts';
import { JOB_BUDGET_MS, MAX_UNCERTAINTY_RUNS } from '../limits.ts';
import { problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { withScenario } from '../scenario-query.ts';
import { uncertaintySchema } from '../schemas/analysis.ts';
import { csvLinkHeader } from '../csv-source-link.ts';

const spec = uncertaintySpecSchemaWithin({ runs: MAX_UNCERTAINTY_RUNS });
const body = z.strictObject({ scenario: scenarioBodySchema, spec }).openapi({
  example: {
    scenario: 'a=geometric',
    spec: {
      runs: 1000,
      seed: 42,
      weightNoise: { pillars: 0.25 },
      aggregation: ['arithmetic', 'geometric'],
    },
  },
});

const route = createRoute({
  method: 'post',
  path: '/uncertainty',
  tags: ['Analysis'],
  summary: 'Monte Carlo uncertainty of the ranks',
  description: `Declares what varies (weight noise per pillar and/or indicator, normalisation and aggregation methods drawn from lists, one indicator dropped per run), a seed and a number of runs (at most ${MAX_UNCERTAINTY_RUNS} here; the CLI has no cap), and returns each city's nominal, mean, median and 5-95% rank and its tier shares. The same seed gives the same numbers in the CLI, the API and the browser. CSV gives the rows. Runs in a worker within a time budget of ${JOB_BUDGET_MS} ms (503 past it, or when the queue is full).`,
  request: {
    query: withScenario({ format: formatSchema.optional() }),
    body: { required: true, content: { 'application/json': { schema: body } } },
  },
  responses: {
    200: {
      description: 'The uncertainty of every rank (never cached)',
      headers: csvLinkHeader,
      content: {
        'application/json': { schema: uncertaintySchema },
        'text/csv': { schema: { type: 'string' } },
      },
    },
    ...problems(400, 413, 415, 422, 503),
  },
});

/** POST /uncertainty: core's runUncertainty on the edition, runs capped, in the app's executor. */
export const uncertainty = createRouter().openapi(route, async (c) => {
  const { scenario: fromBody, spec } = c.req.valid('json');
  const scenario = scenarioFor(c, fromBody);
  const format = formatOf(c, c.req.valid('query').format);
  const out = await c.var.executor.run('uncertainty', { scenario, spec, format });
  return c.body(out.body, 200, { 'Content-Type': out.contentType, 'Cache-Control': 'no-store' });
});
