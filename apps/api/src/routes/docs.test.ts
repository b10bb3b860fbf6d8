import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { docsScript } from '../docs/script.ts';

const AsyncFunction = (async () => undefined).constructor as new (body: string) => unknown;

describe('GET /docs', () => {
  it('serves a page whose every URL is relative, so it works under any mount prefix', async () => {
    const response = await app.request('/docs');
    const html = await response.text();
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const urls = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual(['data:,', 'docs/app.css', 'docs/app.js', 'openapi.json']);
    expect(new URL('docs/app.js', 'http://host/api/docs').pathname).toBe('/api/docs/app.js');
  });

  it('serves its own script and stylesheet (no CDN) under a CSP that allows only this origin', async () => {
    const script = await app.request('/docs/app.js');
    const style = await app.request('/docs/app.css');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toMatch(
      /script-src 'self'; style-src 'self'; connect-src 'self'/,
    );
    expect(await script.text()).toBe(docsScript);
    expect(docsScript).not.toMatch(/https?:\/\//);
  });

  it('ships a script that parses as JavaScript and builds the page from openapi.json', () => {
    expect(() => new AsyncFunction(docsScript)).not.toThrow();
    expect(docsScript).toContain("new URL('openapi.json', base)");
    expect(docsScript).not.toContain('innerHTML');
  });

  it("answers the browser's favicon request with 204 instead of a 404", async () => {
    expect((await app.request('/favicon.ico')).status).toBe(204);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const etag = (await app.request('/docs')).headers.get('etag')!;
    expect((await app.request('/docs', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });
});
