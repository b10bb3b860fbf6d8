import { createRoute, z } from '@hono/zod-openapi';
import { sensitivitySpecSchemaWithin } from '@smartcities/core/analysis';
import { scenarioBodySchema, scenarioFor } from '../body-scenario.ts';
import { formatOf, formatSchema } from '../format.ts';
import { JOB_BUDGET_MS, MAX_BOOTSTRAP, MAX_SENSITIVITY_SAMPLES } from '../limits.ts';
import { problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { withScenario } from '../scenario-query.ts';
import { sensitivitySchema } from '../schemas/analysis.ts';
import { csvLinkHeader } from '../csv-source-link.ts';

const spec = sensitivitySpecSchemaWithin({ samples: MAX_SENSITIVITY_SAMPLES, bootstrap: MAX_BOOTSTRAP });
const body = z.strictObject({ scenario: scenarioBodySchema, spec }).openapi({
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
  description: `The same uncertain inputs as /v1/uncertainty; first-order and total Sobol indices of the mean absolute rank shift, with bootstrap intervals. Caps here: ${MAX_SENSITIVITY_SAMPLES} base samples (the model runs samples × (inputs + 2) times) and ${MAX_BOOTSTRAP} bootstrap resamples (the CLI has no cap). CSV gives the rows. Runs in a worker within a time budget of ${JOB_BUDGET_MS} ms (503 past it, or when the queue is full).`,
  request: {
    query: withScenario({ format: formatSchema.optional() }),
    body: { required: true, content: { 'application/json': { schema: body } } },
  },
  responses: {
    200: {
      description: 'Sobol indices per uncertain input (never cached)',
      headers: csvLinkHeader,
      content: {
        'application/json': { schema: sensitivitySchema },
        'text/csv': { schema: { type: 'string' } },
      },
    },
    ...problems(400, 413, 415, 422, 503),
  },
});

/** POST /sensitivity: core's runSensitivity on the edition, samples and bootstrap capped, in the app's executor. */
export const sensitivity = createRouter().openapi(route, async (c) => {
  const { scenario: fromBody, spec } = c.req.valid('json');
  const scenario = scenarioFor(c, fromBody);
  const format = formatOf(c, c.req.valid('query').format);
  const out = await c.var.executor.run('sensitivity', { scenario, spec, format });
  return c.body(out.body, 200, { 'Content-Type': out.contentType, 'Cache-Control': 'no-store' });
});
