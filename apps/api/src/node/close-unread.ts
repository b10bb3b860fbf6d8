/**
 * Wraps a fetch handler so that a response sent before the request's body was read (an early
 * 413, 415 or 400) says `Connection: close`: the server then stops reading that connection
 * after a lingering close (see `lingerOnClose`) instead of parsing the rest of the body as a
 * next request.
 */
export function closeUnreadBodies<E>(
  fetch: (request: Request, env: E) => Response | Promise<Response>,
): (request: Request, env: E) => Promise<Response> {
  return async (request, env) => {
    const response = await fetch(request, env);
    if (!request.body || request.bodyUsed || response.headers.get('Connection') === 'close') return response;
    const headers = new Headers(response.headers);
    headers.set('Connection', 'close');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
