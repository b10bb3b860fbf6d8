import { describe, expect, it } from 'vitest';
import { app } from './app.ts';
import app2 from './app.ts';
import { json } from '../test/json.ts';

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'SAMEORIGIN',
  'cross-origin-resource-policy': 'cross-origin',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
};

describe('the app', () => {
  it('exports the same Hono app as default (a standard fetch handler) and as `app`', () => {
    expect(app2).toBe(app);
    expect(typeof app.fetch).toBe('function');
  });

  it.each([
    ['GET', '/v1/health', 200],
    ['GET', '/v1/rankings', 200],
    ['GET', '/v1/rankings?a=nope', 400],
    ['GET', '/v1/cities/nowhere', 404],
    ['PUT', '/v1/rankings', 405],
    ['GET', '/docs', 200],
    ['GET', '/no/such/route', 404],
  ])('%s %s → %i carries a request id and the security headers', async (method, path, status) => {
    const response = await app.request(path, { method });
    expect(response.status).toBe(status);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    for (const [name, value] of Object.entries(securityHeaders))
      expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  });

  it('keeps a well-formed request id sent by the client', async () => {
    const response = await app.request('/v1/health', { headers: { 'X-Request-Id': 'trace-42' } });
    expect(response.headers.get('x-request-id')).toBe('trace-42');
  });

  it('opens CORS for GET (and its preflight) but not for POST', async () => {
    const get = await app.request('/v1/rankings', { headers: { Origin: 'https://example.org' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
    expect(get.headers.get('access-control-expose-headers')).toBe('ETag,X-Request-Id,Link');
    const preflight = await app.request('/v1/rankings', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET,HEAD,OPTIONS');
    const post = await app.request('/v1/score', {
      method: 'POST',
      headers: { Origin: 'https://example.org' },
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers HEAD like GET without a body', async () => {
    const get = await app.request('/v1/rankings?a=harmonic');
    const head = await app.request('/v1/rankings?a=harmonic', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(await head.text()).toBe('');
  });

  it('answers 405 with an Allow header for a known path and a wrong method', async () => {
    const response = await app.request('/v1/cities/london', { method: 'DELETE' });
    const problem = await json(response);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(problem).toMatchObject({
      status: 405,
      title: 'Method not allowed',
      type: 'urn:smartcities:problem:method-not-allowed',
    });
  });

  it('answers 404 for an unknown path, suggesting the closest route', async () => {
    const response = await app.request('/v1/ranking');
    const problem = await json(response);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(problem).toMatchObject({ status: 404, suggestion: '/v1/rankings', instance: '/v1/ranking' });
    expect(problem.requestId).toBe(response.headers.get('x-request-id'));
  });

  it('points to its docs and description with relative links at /', async () => {
    expect(await json(await app.request('/'))).toEqual({
      name: 'Smart Cities Index API',
      docs: 'docs',
      openapi: 'openapi.json',
      health: 'v1/health',
    });
  });
});
