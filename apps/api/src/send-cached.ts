import type { Context } from 'hono';
import { RESPONSE_CACHE_SIZE } from './limits.ts';
import { Lru } from './lru.ts';
import type { Representation } from './representation.ts';

const cache = new Lru<string, Representation>(RESPONSE_CACHE_SIZE);

/** Cache-Control for edition data: it is fixed per edition, so shared caches may keep it for an hour. */
export const CACHE_CONTROL = 'public, max-age=3600';

/** True when an If-None-Match header names the entity tag (weak comparison, `*` matches all). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === bare;
  });
}

/**
 * Answers a GET from the response cache (built once per key with `build`), with ETag,
 * Cache-Control and Vary, or 304 when the client already holds this representation. The key
 * must name everything the body depends on: edition, resource, scenario hash and format.
 */
export function sendCached(c: Context, key: string, build: () => Representation): Response {
  const entry = cache.get(key) ?? cache.set(key, build());
  const headers = { ETag: entry.etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Accept' };
  if (matchesEtag(c.req.header('If-None-Match'), entry.etag)) return c.body(null, 304, headers);
  return c.body(entry.body, 200, { ...headers, 'Content-Type': entry.contentType });
}
