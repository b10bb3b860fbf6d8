import type { OpenAPIHono } from '@hono/zod-openapi';
import { ENGINE_VERSION } from '@smartcities/core';
import { edition } from './edition.ts';
import type { AppEnv } from './env.ts';
import {
  BODY_LIMIT,
  JOB_BUDGET_MS,
  JOB_QUEUE,
  MAX_BOOTSTRAP,
  MAX_JSON_DEPTH,
  MAX_NODES,
  MAX_SENSITIVITY_SAMPLES,
  MAX_UNCERTAINTY_RUNS,
  MAX_UNITS,
  URL_LIMIT,
} from './limits.ts';
import { problems } from './responses.ts';

const description = [
  `The Global Smart Cities index (edition ${edition.ref.id}, data ${edition.ref.version}, engine ${ENGINE_VERSION}) over HTTP.`,
  'A scenario is given in the query in its compact URL form (n, a, a.<level>, w, x, r, t), the same form the explorer shows in its address bar.',
  'Every data resource answers JSON or CSV (?format=csv or Accept: text/csv), with an ETag; errors are application/problem+json (RFC 9457).',
  `Caps: request body ${BODY_LIMIT} bytes (413), URL ${URL_LIMIT} bytes (414), JSON nesting ${MAX_JSON_DEPTH} levels (400), ${MAX_UNITS} units and ${MAX_NODES} framework nodes per posted dataset, ${MAX_UNCERTAINTY_RUNS} uncertainty runs, ${MAX_SENSITIVITY_SAMPLES} sensitivity samples, ${MAX_BOOTSTRAP} bootstrap resamples (422).`,
  `Analyses, what-it-takes and scoring posted data run in worker threads (on Node) with a time budget of ${JOB_BUDGET_MS} ms each and at most ${JOB_QUEUE} waiting: past the budget, or with the queue full, the answer is 503 with Retry-After.`,
].join(' ');

/**
 * The OpenAPI 3.1 document generated from the routes' zod schemas. Its server URL is relative
 * (`.`), so the document stays right wherever the API is mounted. Every operation documents the
 * problems any request can meet before its route runs (400 for a bad query, 414 for a long URL).
 */
export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  const doc = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 'Smart Cities Index API', version: ENGINE_VERSION, description },
    servers: [{ url: '.', description: 'this server, relative to the document' }],
    tags: [
      { name: 'Service' },
      { name: 'Framework' },
      { name: 'Cities' },
      { name: 'Rankings' },
      { name: 'Analysis' },
      { name: 'Replication' },
    ],
  });
  for (const item of Object.values(doc.paths ?? {}))
    for (const op of Object.values(item as Record<string, { responses?: Record<string, unknown> }>))
      if (op.responses) Object.assign(op.responses, { ...problems(400, 414), ...op.responses });
  return doc;
}
