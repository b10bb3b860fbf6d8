import { createRoute } from '@hono/zod-openapi';
import { canonicalJson, scenarioHash } from '@smartcities/core';
import type { Context } from 'hono';
import { auditOptionsOf, auditQuery } from '../audit-request.ts';
import { postedDataset, type PostedDataset } from '../dataset-body.ts';
import type { AuditInput } from '../jobs/audit-job.ts';
import { editionKey } from '../edition.ts';
import { JOB_BUDGET_MS, MAX_AUDIT } from '../limits.ts';
import { problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { scenarioOf } from '../scenario-query.ts';
import { auditSchema } from '../schemas/audit.ts';
import { sendCached } from '../send-cached.ts';
import type { AppEnv } from '../env.ts';
import { csvLinkHeader } from '../csv-source-link.ts';

const caps = `Caps: ${MAX_AUDIT.runs} runs, ${MAX_AUDIT.samples} samples, ${MAX_AUDIT.bootstrap} bootstrap resamples, ${MAX_AUDIT.evaluations} Sobol evaluations (samples × (weights + 2)); run larger audits with the CLI. Runs in a worker within a time budget of ${JOB_BUDGET_MS} ms (503 past it, or when the queue is full).`;
const content = {
  'application/json': { schema: auditSchema },
  'text/html': { schema: { type: 'string' as const, description: 'the self-contained HTML report' } },
};

const getRoute = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['Analysis'],
  summary: 'Statistical audit of the edition',
  description: `The audit of the 2020 edition under the scenario in the query: data, structure (correlations with p-values, alpha, PCA, effective weights), robustness (seeded Monte Carlo rank intervals and tiers, Sobol indices with bootstrap intervals, remove-one shifts) and each city's strengths and weaknesses, as JSON or (\`format=html\`) the same HTML report as the CLI's. ${caps}`,
  request: { query: auditQuery },
  responses: { 200: { description: 'The audit', content }, ...problems(400, 422, 503) },
});

const postRoute = createRoute({
  method: 'post',
  path: '/audit',
  tags: ['Analysis'],
  summary: 'Statistical audit of your dataset',
  description: `Posts a dataset as \`POST /v1/score\` takes it (JSON in our layout or COINr's, or CSV) and audits it under the scenario in the query. ${caps}`,
  request: {
    query: auditQuery,
    body: {
      required: true,
      content: {
        'application/json': { schema: { type: 'object', description: "a dataset in our layout or COINr's" } },
        'text/csv': {
          schema: { type: 'string', description: 'a units table: id, name, then one column per indicator' },
        },
      },
    },
  },
  responses: {
    200: { description: 'The audit (never cached)', headers: csvLinkHeader, content },
    ...problems(400, 413, 415, 422, 503),
  },
});

/** The audit job's input from the request: scenario and options from the query (400 naming the parameter). */
function auditInput(c: Context, posted: PostedDataset | undefined): AuditInput {
  const query = c.req.query();
  return {
    posted,
    scenario: scenarioOf(c),
    options: auditOptionsOf(query),
    format: query.format === 'html' ? 'html' : 'json',
    lang: query.lang === 'zh' ? 'zh' : 'en',
  };
}

/** GET /audit on the edition (cached per scenario, options, format and language) and POST /audit on a posted dataset. */
export const audit = createRouter()
  .openapi(getRoute, (c) => {
    const q = c.req.valid('query');
    const key = `${editionKey}|audit|${scenarioHash(scenarioOf(c))}|${canonicalJson(auditOptionsOf(q))}|${q.format ?? 'json'}|${q.lang ?? 'en'}`;
    const input = auditInput(c, undefined);
    return sendCached(c as Context<AppEnv>, key, () => c.var.executor.run('audit', input));
  })
  .openapi(postRoute, async (c) => {
    const out = await c.var.executor.run('audit', auditInput(c, await postedDataset(c)));
    return c.body(out.body, 200, { 'Content-Type': out.contentType, 'Cache-Control': 'no-store' });
  });
