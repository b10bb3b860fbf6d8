import { createRoute, z } from '@hono/zod-openapi';
import { runSensitivity, sensitivitySpecSchema } from '@smartcities/core/analysis';
import { analysed, overCap } from '../analysed.ts';
import { scenarioBodySchema, scenarioFor } from '../body-scenario.ts';
import { edition } from '../edition.ts';
import { formatOf, formatSchema } from '../format.ts';
import { MAX_BOOTSTRAP, MAX_SENSITIVITY_SAMPLES } from '../limits.ts';
import { representation } from '../representation.ts';
import { problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { withScenario } from '../scenario-query.ts';
import { sensitivitySchema } from '../schemas/analysis.ts';

const body = z.strictObject({ scenario: scenarioBodySchema, spec: sensitivitySpecSchema }).openapi({
  example: {
    spec: {
      samples: 256,
      bootstrap: 100,
      seed: 7,
      weightNoise: { pillars: 0.25 },
      aggregation: ['arithmetic', 'geometric'],
    },
  },
});

const route = createRoute({
  method: 'post',
  path: '/sensitivity',
  tags: ['Analysis'],
  summary: 'Which uncertain input moves the ranks most (Sobol indices)',
  description: `The same uncertain inputs as /v1/uncertainty; first-order and total Sobol indices of the mean absolute rank shift, with bootstrap intervals. Caps here: ${MAX_SENSITIVITY_SAMPLES} base samples (the model runs samples × (inputs + 2) times) and ${MAX_BOOTSTRAP} bootstrap resamples. CSV gives the rows.`,
  request: {
    query: withScenario({ format: formatSchema.optional() }),
    body: { required: true, content: { 'application/json': { schema: body } } },
  },
  responses: {
    200: {
      description: 'Sobol indices per uncertain input (never cached)',
      content: {
        'application/json': { schema: sensitivitySchema },
        'text/csv': { schema: { type: 'string' } },
      },
    },
    ...problems(400, 413, 415, 422),
  },
});

/** POST /sensitivity: core's runSensitivity on the edition, samples and bootstrap capped. */
export const sensitivity = createRouter().openapi(route, (c) => {
  const { scenario: fromBody, spec } = c.req.valid('json');
  if (spec.samples > MAX_SENSITIVITY_SAMPLES)
    throw overCap('spec.samples', spec.samples, MAX_SENSITIVITY_SAMPLES);
  if (spec.bootstrap > MAX_BOOTSTRAP) throw overCap('spec.bootstrap', spec.bootstrap, MAX_BOOTSTRAP);
  const scenario = scenarioFor(c, fromBody);
  const { provenance, ...result } = analysed(() => runSensitivity(edition.dataset, scenario, spec));
  const out = representation(
    formatOf(c, c.req.valid('query').format),
    { provenance, ...result },
    () => result.rows,
  );
  return c.body(out.body, 200, { 'Content-Type': out.contentType, 'Cache-Control': 'no-store' });
});
