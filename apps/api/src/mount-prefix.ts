import type { Context } from 'hono';

/**
 * The path prefix the API is mounted under, as its host passes it in the `API_PREFIX` binding
 * (`app.fetch(request, { API_PREFIX: '/api' })`; a Workers variable works too): '' when served
 * at the root. Problem documents and suggestions put it in front of the paths they name.
 */
export function mountPrefix(c: Context): string {
  const prefix = (c.env as { API_PREFIX?: unknown } | undefined)?.API_PREFIX;
  return typeof prefix === 'string' && /^\/[\w./-]*$/.test(prefix) ? prefix.replace(/\/$/, '') : '';
}
