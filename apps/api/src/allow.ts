import type { MiddlewareHandler } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';
import { ApiProblem } from './problem.ts';

/** The methods each route path allows (GET brings HEAD; every path allows OPTIONS). */
/** What the gate needs of an app: its routes, read on the first request (after every route is added). */
interface Routed {
  routes: readonly { method: string; path: string }[];
}

function methodRouter(app: Routed): TrieRouter<string[]> {
  const byPath = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    const methods = byPath.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
    byPath.set(route.path, methods);
  }
  const router = new TrieRouter<string[]>();
  for (const [path, methods] of byPath) router.add('ALL', path, [...methods, 'OPTIONS']);
  return router;
}

/**
 * Answers by method before any route runs: `Allow` on OPTIONS (CORS preflights included), and
 * 405 with `Allow` for any other method the path does not take, including methods HTTP does not
 * define (405 rather than 501: the API never answers 5xx for what a client sent). Unknown paths
 * fall through to the 404.
 * @example app.use('*', allowGate(app))
 */
export function allowGate(app: Routed): MiddlewareHandler {
  let router: TrieRouter<string[]> | undefined;
  return async (c, next) => {
    router ??= methodRouter(app);
    const allowed = new Set(router.match('ALL', c.req.path)[0].flatMap(([methods]) => methods));
    if (allowed.size === 0) return next();
    const allow = [...allowed].join(', ');
    const method = c.req.method;
    if (!allowed.has(method))
      throw new ApiProblem(405, 'method-not-allowed', `${method} is not allowed here; use ${allow}`, {
        headers: { Allow: allow },
      });
    if (method !== 'OPTIONS') return next();
    await next();
    if (c.res.status === 404) c.res = c.body(null, 204);
    c.res.headers.set('Allow', allow);
  };
}
