import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import { problems } from './responses.ts';

const text = (type: string, description: string) => ({
  200: {
    description,
    content: { [type]: { schema: { type: 'string' as const } } },
  },
  304: { description: 'Not modified: the If-None-Match entity tag is current' },
});

/** The service's own paths outside /v1 (index, OpenAPI document, docs page and its assets), described like the rest. */
export function registerServicePaths(app: OpenAPIHono<AppEnv>): void {
  const add = (path: string, summary: string, responses: object) =>
    app.openAPIRegistry.registerPath({
      method: 'get',
      path,
      tags: ['Service'],
      summary,
      responses: { ...responses, ...problems(400) } as never,
    });
  add('/', 'Relative links to the docs, the OpenAPI document and health', {
    200: {
      description: 'Links',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              docs: { type: 'string' },
              openapi: { type: 'string' },
              health: { type: 'string' },
            },
            required: ['name', 'docs', 'openapi', 'health'],
          },
        },
      },
    },
  });
  add('/openapi.json', 'This OpenAPI 3.1 document', {
    ...text('application/json', 'The document'),
    200: { description: 'The document', content: { 'application/json': { schema: { type: 'object' } } } },
  });
  add('/docs', 'The interactive reference', text('text/html', 'The page'));
  add('/docs/app.js', "The reference page's script", text('text/javascript', 'The script'));
  add('/docs/app.css', "The reference page's stylesheet", text('text/css', 'The stylesheet'));
  add('/favicon.ico', 'No icon', { 204: { description: 'No content' } });
}
