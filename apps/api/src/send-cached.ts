import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { RESPONSE_CACHE_SIZE } from './limits.ts';
import { Lru } from './lru.ts';
import type { Representation } from './representation.ts';

/** Computed bodies by what they depend on (edition, resource, scenario hash, format). */
const byContent = new Lru<string, Representation>(RESPONSE_CACHE_SIZE);
/** The same bodies by the request that asked for them (path, query and Accept), checked before any parsing. */
const byRequest = new Lru<string, Representation>(RESPONSE_CACHE_SIZE);

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

/** Sends a representation with ETag, Cache-Control and Vary, or 304 when the client holds it already. */
function send(c: Context, entry: Representation): Response {
  const headers = { ETag: entry.etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Accept' };
  if (matchesEtag(c.req.header('If-None-Match'), entry.etag)) return c.body(null, 304, headers);
  return c.body(entry.body, 200, { ...headers, 'Content-Type': entry.contentType });
}

/**
 * Answers a GET from the response cache (built once per key with `build`). The key must name
 * everything the body depends on: edition, resource, scenario hash and format.
 */
export function sendCached(c: Context<AppEnv>, key: string, build: () => Representation): Response;
export function sendCached(
  c: Context<AppEnv>,
  key: string,
  build: () => Promise<Representation>,
): Promise<Response>;
export function sendCached(
  c: Context<AppEnv>,
  key: string,
  build: () => Representation | Promise<Representation>,
): Response | Promise<Response> {
  const found = byContent.get(key);
  const finish = (entry: Representation) => {
    byContent.set(key, entry);
    c.set('representation', entry);
    return send(c, entry);
  };
  if (found) return finish(found);
  const built = build();
  return built instanceof Promise ? built.then(finish) : finish(built);
}

/**
 * Middleware in front of the GET routes: a request already answered (same path, query and
 * Accept) is served from memory without validating or parsing anything again, since the
 * answer is a function of exactly those. Misses fall through and are remembered.
 */
export const requestCache: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
  const url = c.req.url;
  const key = `${url.slice(url.indexOf('/', url.indexOf('//') + 2))}|${c.req.header('Accept') ?? ''}`;
  const hit = byRequest.get(key);
  if (hit) return send(c, hit);
  await next();
  const entry = c.get('representation');
  if (entry && c.res.status < 400) byRequest.set(key, entry);
};
