import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { app } from './app.ts';
import { json } from '../test/json.ts';

/** How apps/web mounts the API: strip the `/api` prefix and hand the request to app.fetch. */
const web = new Hono();
web.all('/api/*', (c) => {
  const url = new URL(c.req.url);
  url.pathname = url.pathname.slice('/api'.length) || '/';
  return app.fetch(new Request(url, c.req.raw), { API_PREFIX: '/api' });
});

describe('mounted under /api by stripping the prefix', () => {
  it('serves the routes, the docs page and its assets under the prefix', async () => {
    const ranking = await web.request('/api/v1/rankings?a=geometric');
    expect(ranking.status).toBe(200);
    expect((await json(ranking)).rows).toHaveLength(20);
    const page = await (await web.request('/api/docs')).text();
    const script = new URL(page.match(/src="([^"]+)"/)![1]!, 'http://host/api/docs');
    expect((await web.request(script.pathname)).status).toBe(200);
    expect((await web.request('/api/openapi.json')).status).toBe(200);
  });

  it('keeps the documented server URL relative, so the description fits the mount', async () => {
    const spec = await json(await web.request('/api/openapi.json'));
    expect(spec.servers).toEqual([{ url: '.', description: 'this server, relative to the document' }]);
  });

  it('still answers problems for unknown paths and methods', async () => {
    expect((await web.request('/api/v1/nothing')).status).toBe(404);
    expect((await web.request('/api/v1/rankings', { method: 'PATCH' })).status).toBe(405);
  });

  it('names paths with the prefix in problems and suggestions (API_PREFIX)', async () => {
    const missing = await json(await web.request('/api/v1/rankngs'));
    expect(missing).toMatchObject({ instance: '/api/v1/rankngs', suggestion: '/api/v1/rankings' });
    expect(missing.detail).toContain('GET /api/v1/rankngs; did you mean /api/v1/rankings?');
    const city = await json(await web.request('/api/v1/cities/lodnon'));
    expect(city).toMatchObject({ instance: '/api/v1/cities/lodnon', suggestion: 'london' });
  });
});
