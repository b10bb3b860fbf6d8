import { createRoute, z } from '@hono/zod-openapi';
import { runUncertainty, uncertaintySpecSchema } from '@smartcities/core/analysis';
import { analysed, overCap } from '../analysed.ts';
import { scenarioBodySchema, scenarioFor } from '../body-scenario.ts';
import { edition } from '../edition.ts';
import { formatOf, formatSchema } from '../format.ts';
import { MAX_UNCERTAINTY_RUNS } from '../limits.ts';
import { representation } from '../representation.ts';
import { problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { withScenario } from '../scenario-query.ts';
import { uncertaintySchema } from '../schemas/analysis.ts';

const body = z.strictObject({ scenario: scenarioBodySchema, spec: uncertaintySpecSchema }).openapi({
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
  description: `Declares what varies (weight noise per pillar and/or indicator, normalisation and aggregation methods drawn from lists, one indicator dropped per run), a seed and a number of runs (at most ${MAX_UNCERTAINTY_RUNS} here), and returns each city's nominal, mean, median and 5-95% rank and its tier shares. The same seed gives the same numbers in the CLI, the API and the browser. CSV gives the rows.`,
  request: {
    query: withScenario({ format: formatSchema.optional() }),
    body: { required: true, content: { 'application/json': { schema: body } } },
  },
  responses: {
    200: {
      description: 'The uncertainty of every rank (never cached)',
      content: {
        'application/json': { schema: uncertaintySchema },
        'text/csv': { schema: { type: 'string' } },
      },
    },
    ...problems(400, 413, 415, 422),
  },
});

/** POST /uncertainty: core's runUncertainty on the edition, runs capped. */
export const uncertainty = createRouter().openapi(route, (c) => {
  const { scenario: fromBody, spec } = c.req.valid('json');
  if (spec.runs > MAX_UNCERTAINTY_RUNS) throw overCap('spec.runs', spec.runs, MAX_UNCERTAINTY_RUNS);
  const scenario = scenarioFor(c, fromBody);
  const { designs: _designs, ...result } = analysed(() => runUncertainty(edition.dataset, scenario, spec));
  const { provenance, ...rest } = result;
  const out = representation(
    formatOf(c, c.req.valid('query').format),
    { provenance, ...rest },
    () => result.rows,
  );
  return c.body(out.body, 200, { 'Content-Type': out.contentType, 'Cache-Control': 'no-store' });
});
