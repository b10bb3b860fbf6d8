import { createRoute, z } from '@hono/zod-openapi';
import { scenarioHash } from '@smartcities/core';
import { explainComponents } from '@smartcities/core/analysis';
import { scenarioBodySchema } from '../body-scenario.ts';
import { edition, editionKey } from '../edition.ts';
import { explainCsvRows, explained } from '../explained.ts';
import { sideScenario } from '../explain-sides.ts';
import { formatOf, formatSchema } from '../format.ts';
import { BODY_LIMIT, JOB_BUDGET_MS, MAX_EXPLAIN_UNITS, MAX_NODES, MAX_UNITS } from '../limits.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { strictQuery } from '../scenario-query.ts';
import { explainSchema } from '../schemas/explain.ts';
import { sendCached } from '../send-cached.ts';
import { csvLinkHeader } from '../csv-source-link.ts';

const how = `Each city's change of index score between two scenarios, split exactly (to 1e-9) into the Shapley values of the scenario components that differ (2^k scorings for k differing components, at most ${2 ** explainComponents.length}), and, where both sides aggregate arithmetically, by pillar and indicator; with rank changes, who passed whom (and which components closed the gap) and tier changes with the threshold movement behind them. A missing side is the report's method.`;

const side = (name: string) =>
  z
    .string()
    .optional()
    .openapi({
      description: `the ${name} scenario in its URL form, URL-encoded (default: the report's method)`,
      example: name === 'to' ? 'a=geometric' : 'w=economy:2',
    });

const getRoute = createRoute({
  method: 'get',
  path: '/explain',
  tags: ['Analysis'],
  summary: 'Why did the cities move between two scenarios?',
  description: `${how} CSV gives one row per city with \`contributions.<component>\` columns.`,
  request: {
    query: strictQuery({
      from: side('from'),
      to: side('to'),
      city: z.string().optional().openapi({ description: 'only this city', example: 'tokyo' }),
      format: formatSchema.optional(),
    }),
  },
  responses: { ...cacheable(explainSchema, 'The explanation'), ...problems(400, 404, 422) },
});

/** GET /explain on the edition: cached per (edition, both scenario hashes, city, format). */
const get = createRouter().openapi(getRoute, (c) => {
  const { from, to, city, format } = c.req.valid('query');
  const sides = { from: sideScenario(from, '?from', 400), to: sideScenario(to, '?to', 400), city };
  const fmt = formatOf(c, format);
  const key = `${editionKey}|explain|${scenarioHash(sides.from)}|${scenarioHash(sides.to)}|${city ?? ''}|${fmt}`;
  return sendCached(c, key, () => {
    const body = explained(edition.dataset, sides, {
      from: '?from: ',
      to: '?to: ',
      city: '?city',
      status: 400,
    });
    return representation(fmt, body, () => explainCsvRows(body));
  });
});

const body = z
  .strictObject({
    from: scenarioBodySchema,
    to: scenarioBodySchema,
    city: z.string().optional().openapi({ description: 'only this city' }),
    dataset: z.record(z.string(), z.unknown()).optional().openapi({
      description:
        "your dataset (JSON in our layout or COINr's, as POST /v1/score takes it); default the edition",
    }),
    toDataset: z.record(z.string(), z.unknown()).optional().openapi({
      description:
        'the `to` side on other data with the same framework (node ids and parents), e.g. a revision of `dataset` or of the edition; the change it makes is the `data` component',
    }),
    format: formatSchema.optional(),
  })
  .openapi('ExplainRequest', {
    example: { from: 'w=economy:2', to: { aggregation: { method: 'geometric' } }, city: 'tokyo' },
  });

const postRoute = createRoute({
  method: 'post',
  path: '/explain',
  tags: ['Analysis'],
  summary: 'Why did the cities move? (scenarios as objects, or your own dataset)',
  description: `${how} The body holds \`from\` and \`to\` (scenario objects or URL forms), an optional \`city\`, an optional \`dataset\` and an optional \`toDataset\` (the \`to\` side's data). Caps: ${BODY_LIMIT} bytes, ${MAX_UNITS} units, ${MAX_NODES} nodes, and ${MAX_EXPLAIN_UNITS} units when no city is named. Runs in a worker within a time budget of ${JOB_BUDGET_MS} ms (503 past it, or when the queue is full).`,
  request: { body: { required: true, content: { 'application/json': { schema: body } } } },
  responses: {
    200: {
      description: 'The explanation (never cached)',
      headers: csvLinkHeader,
      content: { 'application/json': { schema: explainSchema }, 'text/csv': { schema: { type: 'string' } } },
    },
    ...problems(400, 413, 415, 422, 503),
  },
});

/** POST /explain: the edition or a posted dataset, in the app's executor; nothing is stored. */
const post = createRouter().openapi(postRoute, async (c) => {
  const input = c.req.valid('json');
  const out = await c.var.executor.run('explain', {
    from: sideScenario(input.from, 'from', 422),
    to: sideScenario(input.to, 'to', 422),
    city: input.city,
    dataset: input.dataset,
    toDataset: input.toDataset,
    format: formatOf(c, input.format),
  });
  return c.body(out.body, 200, { 'Content-Type': out.contentType, 'Cache-Control': 'no-store' });
});

/** GET and POST /explain. */
export const explainRoutes = createRouter().route('/', get).route('/', post);
