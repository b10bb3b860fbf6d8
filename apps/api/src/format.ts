import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import { z } from '@hono/zod-openapi';

/** The representations every data resource offers. */
export const formatSchema = z
  .enum(['json', 'csv'])
  .openapi({ description: 'json (default) or csv; `Accept: text/csv` does the same' });

export type Format = z.infer<typeof formatSchema>;

/** The format asked for: `?format=` wins, then the Accept header, then JSON. */
export function formatOf(c: Context, query: Format | undefined): Format {
  if (query) return query;
  const type = accepts(c, {
    header: 'Accept',
    supports: ['application/json', 'text/csv'],
    default: 'application/json',
  });
  return type === 'text/csv' ? 'csv' : 'json';
}
