import type { OpenAPIHono } from '@hono/zod-openapi';
import { ENGINE_VERSION } from '@smartcities/core';
import { edition } from './edition.ts';
import type { AppEnv } from './env.ts';
import { BODY_LIMIT, MAX_NODES, MAX_SENSITIVITY_SAMPLES, MAX_UNCERTAINTY_RUNS, MAX_UNITS } from './limits.ts';

const description = [
  `The Global Smart Cities index (edition ${edition.ref.id}, data ${edition.ref.version}, engine ${ENGINE_VERSION}) over HTTP.`,
  'A scenario is given in the query in its compact URL form (n, a, a.<level>, w, x, r, t), the same form the explorer shows in its address bar.',
  'Every data resource answers JSON or CSV (?format=csv or Accept: text/csv), with an ETag; errors are application/problem+json (RFC 9457).',
  `Caps: request body ${BODY_LIMIT} bytes, ${MAX_UNITS} units and ${MAX_NODES} framework nodes per posted dataset, ${MAX_UNCERTAINTY_RUNS} uncertainty runs, ${MAX_SENSITIVITY_SAMPLES} sensitivity samples.`,
].join(' ');

/**
 * The OpenAPI 3.1 document generated from the routes' zod schemas. Its server URL is relative
 * (`.`), so the document stays right wherever the API is mounted.
 */
export function openApiDocument(app: OpenAPIHono<AppEnv>) {
  return app.getOpenAPI31Document({
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
}
