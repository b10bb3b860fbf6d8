import { app } from '@smartcities/api';

/**
 * Passes a request to the HTTP API running in this process, with the mount prefix removed from
 * the path (`/api/v1/rankings` → `/v1/rankings`); the query, method, headers and body are kept.
 */
export async function apiRequest(request: Request, url: URL, prefix = '/api'): Promise<Response> {
  const target = new URL(url);
  target.pathname = url.pathname.slice(prefix.length) || '/';
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const body = hasBody ? await request.arrayBuffer() : undefined;
  return app.fetch(
    new Request(target, { method: request.method, headers: request.headers, ...(body ? { body } : {}) }),
  );
}
