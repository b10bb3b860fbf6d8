import { createRoute, z } from '@hono/zod-openapi';
import { columnReportSchema, problemSchema as dataProblemSchema } from '@smartcities/data/load';
import { postedDataset } from '../dataset-body.ts';
import { formatOf, formatSchema } from '../format.ts';
import { BODY_LIMIT, JOB_BUDGET_MS, MAX_NODES, MAX_UNITS } from '../limits.ts';
import { problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { scenarioOf, withScenario } from '../scenario-query.ts';
import { provenanceSchema } from '../schemas/provenance.ts';
import { dataLogSchema, levelRowSchema } from '../schemas/levels.ts';
import { csvLinkHeader } from '../csv-source-link.ts';

/** The ranking of a posted dataset, with the loader's warnings (assumptions it made) and the role it gave each column. */
export const scoredSchema = z
  .object({
    provenance: provenanceSchema,
    rows: z.array(levelRowSchema),
    data: dataLogSchema.optional(),
    warnings: z.array(z.object(dataProblemSchema.shape).openapi('DataProblem')),
    columns: z.array(z.object(columnReportSchema.shape).openapi('ColumnRole')).openapi({
      description:
        'every column of the posted table with the role the loader gave it (indicator, id, name, group, coordinate, code, meta, result) and why; only indicators are scored',
    }),
  })
  .openapi('ScoredDataset');

const jsonExample = {
  units: [
    { id: 'alpha', name: 'Alpha City', broadband: 92.5, patents: 120, co2: 4.1 },
    { id: 'beta', name: 'Beta Port', broadband: 78, patents: 95, co2: null },
    { id: 'gamma', name: 'Gamma', broadband: 88.25, patents: null, co2: 6.3 },
  ],
  framework: [
    { id: 'index', name: 'Demo index', type: 'aggregate', parent: '', weight: 1, direction: 1 },
    { id: 'digital', name: 'Digital', type: 'aggregate', parent: 'index', weight: 2, direction: 1 },
    { id: 'environment', name: 'Environment', type: 'aggregate', parent: 'index', weight: 1, direction: 1 },
    { id: 'broadband', name: 'Broadband', type: 'indicator', parent: 'digital', weight: 1, direction: 1 },
    { id: 'patents', name: 'Patents', type: 'indicator', parent: 'digital', weight: 0.5, direction: 1 },
    { id: 'co2', name: 'CO2 per capita', type: 'indicator', parent: 'environment', weight: 1, direction: -1 },
  ],
};

const csvExample =
  'id,name,broadband,patents,co2\nalpha,Alpha City,92.5,120,4.1\nbeta,Beta Port,78,95,\ngamma,Gamma,88.25,,6.3\n';

const route = createRoute({
  method: 'post',
  path: '/score',
  tags: ['Rankings'],
  summary: 'Score your own dataset',
  description: `Posts a dataset and ranks it under the scenario in the query (data steps included: \`impute\`, \`impute-group\`, \`min-availability\`, \`treat\`). Each row carries every level of the framework in \`nodes\` (score and rank of every aggregate and normalised indicator) and the imputed or treated cells in \`flags\`; \`data\` reports what the data steps did (with \`n=min-max\` or another normalisation: \`as-published\` expects values already on a 0-100 scale). JSON in our layout (\`{units, framework?, values?}\`) or COINr's (\`{iData, iMeta}\`), or CSV (a units table; without a framework every numeric column that is not set aside is an indicator of one index). Columns that are not indicators (any the framework does not name, \`Group_*\`/\`x_*\`/\`Den_*\` columns, well-known names such as \`lat\`, \`lon\`, \`iso3\`, \`region\`, \`year\`) are kept aside, never scored; \`columns\` lists the role of each. Caps: ${BODY_LIMIT} bytes, ${MAX_UNITS} units, ${MAX_NODES} framework nodes. Problems name their place (row, column, field). Scored in a worker within a time budget of ${JOB_BUDGET_MS} ms (503 past it, or when the queue is full).`,
  request: {
    query: withScenario({
      pillar: z.string().optional().openapi({ description: 'rank by this aggregate instead of the index' }),
      format: formatSchema.optional(),
    }),
    body: {
      required: true,
      content: {
        'application/json': {
          schema: { type: 'object', description: "a dataset in our layout or COINr's" },
          example: jsonExample,
        },
        'text/csv': {
          schema: { type: 'string', description: 'a units table: id, name, then one column per indicator' },
          example: csvExample,
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The ranking of the posted dataset (never cached)',
      headers: csvLinkHeader,
      content: { 'application/json': { schema: scoredSchema }, 'text/csv': { schema: { type: 'string' } } },
    },
    ...problems(400, 413, 415, 422, 503),
  },
});

/** POST /score: the data package's loader, then core's score and rows, in the app's executor; nothing is stored. */
export const score = createRouter().openapi(route, async (c) => {
  const { pillar, format } = c.req.valid('query');
  const scenario = scenarioOf(c);
  const posted = await postedDataset(c);
  const input = { posted, scenario, pillar, format: formatOf(c, format) };
  const out = await c.var.executor.run('score', input);
  return c.body(out.body, 200, { 'Content-Type': out.contentType, 'Cache-Control': 'no-store' });
});
