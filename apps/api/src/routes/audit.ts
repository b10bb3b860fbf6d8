import { createRoute } from '@hono/zod-openapi';
import { audit as runAudit, auditHtml } from '@smartcities/core/analysis';
import { canonicalJson, scenarioHash } from '@smartcities/core';
import type { Dataset } from '@smartcities/data/schema';
import type { Context } from 'hono';
import { analysed } from '../analysed.ts';
import { auditOptionsOf, auditQuery, checkAuditBudget } from '../audit-request.ts';
import { loadPosted, postedDataset } from '../dataset-body.ts';
import { edition, editionKey } from '../edition.ts';
import { MAX_AUDIT } from '../limits.ts';
import { hashText } from '@smartcities/data/hash';
import { problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { scenarioOf } from '../scenario-query.ts';
import { auditSchema } from '../schemas/audit.ts';
import { sendCached } from '../send-cached.ts';
import { scoreOrFail } from '../scored.ts';
import type { AppEnv } from '../env.ts';

const caps = `Caps: ${MAX_AUDIT.runs} runs, ${MAX_AUDIT.samples} samples, ${MAX_AUDIT.bootstrap} bootstrap resamples, ${MAX_AUDIT.evaluations} Sobol evaluations (samples × (weights + 2)); run larger audits with the CLI.`;
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
  responses: { 200: { description: 'The audit', content }, ...problems(400, 422) },
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
  responses: { 200: { description: 'The audit (never cached)', content }, ...problems(400, 413, 415, 422) },
});

function render(c: Context, dataset: Dataset, status: 400 | 422, prefix: string) {
  const query = c.req.query();
  const options = auditOptionsOf(query);
  const scenario = scenarioOf(c);
  checkAuditBudget(scoreOrFail(dataset, scenario, status, prefix), options);
  const report = analysed(() => runAudit(dataset, scenario, options));
  if (query.format === 'html')
    return {
      body: auditHtml(report, { lang: query.lang === 'zh' ? 'zh' : 'en' }),
      contentType: 'text/html; charset=utf-8',
    };
  return { body: JSON.stringify(report), contentType: 'application/json; charset=utf-8' };
}

/** GET /audit on the edition (cached per scenario, options, format and language) and POST /audit on a posted dataset. */
export const audit = createRouter()
  .openapi(getRoute, (c) => {
    const q = c.req.valid('query');
    const key = `${editionKey}|audit|${scenarioHash(scenarioOf(c))}|${canonicalJson(auditOptionsOf(q))}|${q.format ?? 'json'}|${q.lang ?? 'en'}`;
    return sendCached(c as Context<AppEnv>, key, () => {
      const out = render(c, edition.dataset, 400, '?');
      return { ...out, etag: `"${hashText(out.body)}"` };
    });
  })
  .openapi(postRoute, async (c) => {
    const { dataset } = await loadPosted(await postedDataset(c));
    const out = render(c, dataset, 422, '?');
    return c.body(out.body, 200, { 'Content-Type': out.contentType, 'Cache-Control': 'no-store' });
  });
