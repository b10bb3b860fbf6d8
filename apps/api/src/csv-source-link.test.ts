import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { app } from './app.ts';
import { sourceLink } from './csv-source-link.ts';
import { json } from '../test/json.ts';

const link = sourceLink('');

describe('CSV answers name their source in a Link header and stay comment-free', () => {
  it.each([
    '/v1/rankings?format=csv',
    '/v1/rankings?pillar=economy&format=csv',
    '/v1/cities?format=csv',
    '/v1/cities/beijing?format=csv',
    '/v1/indicators?format=csv',
    '/v1/reputation?format=csv',
    '/v1/verify?format=csv',
    '/v1/errata?format=csv',
    '/v1/claims?format=csv',
  ])('%s', async (path) => {
    for (let pass = 0; pass < 2; pass++) {
      const res = await app.request(path);
      expect([res.status, res.headers.get('Link')], `pass ${pass}`).toEqual([200, link]);
      const lines = (await res.text()).split('\r\n');
      expect(lines.filter((l) => l.startsWith('#'))).toEqual([]);
      expect(lines[0]).toMatch(/^[\w.'" -]+(,[^,]*)*$/);
    }
  });

  it('on an Accept: text/csv answer and a posted dataset scored as CSV too', async () => {
    const accepted = await app.request('/v1/rankings', { headers: { Accept: 'text/csv' } });
    expect(accepted.headers.get('Link')).toBe(link);
    const posted = await app.request('/v1/score?format=csv&n=min-max', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: 'id,name,x,y\na,A,1,2\nb,B,3,1\n',
    });
    expect([posted.status, posted.headers.get('Link')]).toEqual([200, link]);
  });

  it('and the link points at a source record that names the report', async () => {
    const target = link.match(/^<([^>]+)>/)![1]!;
    expect((await json(await app.request(target))).source.year).toBe(2020);
  });

  it('JSON answers and problems carry no Link', async () => {
    expect((await app.request('/v1/rankings')).headers.get('Link')).toBeNull();
    expect((await app.request('/v1/rankings?format=csv&n=nope')).headers.get('Link')).toBeNull();
  });

  it('puts the mount prefix in front of the linked path', async () => {
    const web = new Hono();
    web.all('/api/*', (c) => {
      const url = new URL(c.req.url);
      url.pathname = url.pathname.slice('/api'.length);
      return app.fetch(new Request(url, c.req.raw), { API_PREFIX: '/api' });
    });
    const res = await web.request('/api/v1/cities?format=csv');
    expect(res.headers.get('Link')).toBe('</api/v1/source>; rel="describedby"; type="application/json"');
  });

  it('is documented on every response of the OpenAPI document that can answer CSV', async () => {
    type Op = { responses: Record<string, { headers?: object; content?: object }> };
    const doc = await json(await app.request('/openapi.json'));
    const csv = Object.entries(doc.paths as Record<string, Record<string, Op>>).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, op]) =>
        Object.entries(op.responses)
          .filter(([, r]) => r.content && 'text/csv' in r.content)
          .map(([status, r]) => [`${method} ${path} ${status}`, 'Link' in (r.headers ?? {})]),
      ),
    );
    expect(csv.length).toBeGreaterThan(10);
    expect(csv.filter(([, documented]) => !documented)).toEqual([]);
  });
});
