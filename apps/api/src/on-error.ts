import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiProblem } from './problem.ts';
import { problemResponse } from './problem-response.ts';
import { BODY_LIMIT } from './limits.ts';

/** Maps Hono's own exceptions (body limit, media type gate, malformed JSON) onto our problems. */
function fromHttpException(error: HTTPException): ApiProblem {
  if (error.status === 413)
    return new ApiProblem(
      413,
      'too-large',
      `the request body is larger than the limit of ${BODY_LIMIT} bytes`,
    );
  if (error.status === 415)
    return new ApiProblem(415, 'unsupported-media-type', 'send the body as application/json or text/csv');
  if (error.status === 400)
    return new ApiProblem(400, 'bad-request', error.message || 'the request could not be read');
  return new ApiProblem(error.status, 'http-error', error.message || 'the request failed');
}

/** True for a request whose client went away while its body was being read (nothing to answer, nothing to log). */
function isClientAbort(error: Error): boolean {
  return error.name === 'AbortError' || (error as { code?: unknown }).code === 'ECONNRESET';
}

/**
 * The one place where failures become responses: expected failures (ApiProblem, Hono's
 * HTTPException) keep their status; anything else is a bug, logged and answered with a 500
 * problem that names the request id but never the stack.
 */
export function onError(error: Error, c: Context): Response {
  if (error instanceof ApiProblem) return problemResponse(c, error);
  // a host's own body limit (SvelteKit's BODY_SIZE_LIMIT under /api) failing the body stream
  if ((error as { status?: unknown }).status === 413)
    return problemResponse(c, fromHttpException(new HTTPException(413)));
  if (error instanceof HTTPException) return problemResponse(c, fromHttpException(error));
  if (isClientAbort(error))
    return problemResponse(
      c,
      new ApiProblem(
        400,
        'client-aborted',
        'the client closed the connection before the request body arrived',
      ),
    );
  console.error(`request ${String(c.get('requestId'))} failed:`, error);
  return problemResponse(
    c,
    new ApiProblem(500, 'internal', 'an unexpected error occurred; please report it with the request id'),
  );
}
