import { createRoute, z } from '@hono/zod-openapi';
import { ENGINE_VERSION } from '@smartcities/core';
import { edition } from '../edition.ts';
import { createRouter } from '../router.ts';

/** The health document: a liveness answer with the versions being served. */
export const healthSchema = z
  .object({
    status: z.literal('ok'),
    edition: z.string(),
    dataVersion: z.string(),
    engineVersion: z.string(),
  })
  .openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Service'],
  summary: 'Liveness and versions',
  responses: {
    200: { description: 'The API is up', content: { 'application/json': { schema: healthSchema } } },
  },
});

/** GET /health: always 200 while the service runs, never cached. */
export const health = createRouter().openapi(route, (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json(
    {
      status: 'ok' as const,
      edition: edition.ref.id,
      dataVersion: edition.ref.version,
      engineVersion: ENGINE_VERSION,
    },
    200,
  );
});
