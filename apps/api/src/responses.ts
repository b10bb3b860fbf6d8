import type { z } from '@hono/zod-openapi';
import { problemSchema } from './problem.ts';
import { statusTitle } from './problem.ts';
import { csvLinkHeader } from './csv-source-link.ts';

/** Error responses of a route, each an RFC 9457 problem document. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: statusTitle(status),
        content: { 'application/problem+json': { schema: problemSchema } },
      },
    ]),
  );
}

/** A cacheable GET's 200 (JSON, or CSV of its rows) and its 304. */
export function cacheable<T extends z.ZodType>(schema: T, description: string) {
  return {
    200: {
      description,
      headers: {
        ETag: { schema: { type: 'string' as const } },
        'Cache-Control': { schema: { type: 'string' as const } },
        ...csvLinkHeader,
      },
      content: {
        'application/json': { schema },
        'text/csv': {
          schema: {
            type: 'string' as const,
            description: 'the rows as CSV, nested fields as dotted columns',
          },
        },
      },
    },
    304: { description: 'Not modified: the If-None-Match entity tag is current' },
  };
}
