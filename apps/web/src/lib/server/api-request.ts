import { app } from '@smartcities/api';

/**
 * Passes a request to the HTTP API running in this process, with the mount prefix removed from
 * the path (`/api/v1/rankings` → `/v1/rankings`); the query, method, headers and body are kept.
 * The body is streamed, not buffered, so the API's own limits answer (413 as a problem document,
 * from the Content-Length alone); the prefix is passed as `API_PREFIX` so that the API's problem
 * documents and suggestions name paths as the client sees them.
 */
export async function apiRequest(request: Request, url: URL, prefix = '/api'): Promise<Response> {
  const target = new URL(url);
  target.pathname = url.pathname.slice(prefix.length) || '/';
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null;
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers: request.headers,
    ...(hasBody ? { body: request.body, duplex: 'half' } : {}),
  };
  return app.fetch(new Request(target, init), { API_PREFIX: prefix });
}
