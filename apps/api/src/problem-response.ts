import type { Context } from 'hono';
import { mountPrefix } from './mount-prefix.ts';
import type { ApiProblem } from './problem.ts';

/** Sends a failure as `application/problem+json`, never cached, with the request id and any extra headers. */
export function problemResponse(c: Context, error: ApiProblem): Response {
  const instance = `${mountPrefix(c)}${new URL(c.req.url).pathname}`;
  const problem = error.toProblem(instance, c.get('requestId') as string | undefined);
  return c.body(JSON.stringify(problem), error.status, {
    ...error.headers,
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}
