import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { app } from '../src/app.ts';
import { workerBundle } from './worker-bundle.ts';
import { json } from './json.ts';

let mf: Miniflare;

beforeAll(async () => {
  mf = new Miniflare({
    modules: true,
    scriptPath: workerBundle(),
    compatibilityDate: '2025-07-18',
    compatibilityFlags: [],
  });
  await mf.ready;
}, 60_000);

afterAll(async () => {
  await mf?.dispose();
});

const local = (path: string) => `http://localhost${path}`;
const identity = { headers: { 'Accept-Encoding': 'identity' } };

describe("wrangler's bundle (dist/wrangler/worker.js) in workerd (Cloudflare's runtime, through miniflare 3, without nodejs_compat)", () => {
  it.each(['/v1/rankings?a=geometric', '/v1/cities/tokyo', '/v1/verify', '/v1/errata?format=csv'])(
    'answers %s byte for byte as the app does on Node',
    async (path) => {
      const edge = await mf.dispatchFetch(local(path), identity);
      const node = await app.request(path);
      expect(edge.status).toBe(200);
      expect(await edge.text()).toBe(await node.text());
      expect(edge.headers.get('etag')).toBe(node.headers.get('etag'));
    },
  );

  it('leaves compression to Cloudflare: a client asking for gzip reads the same JSON', async () => {
    const response = await mf.dispatchFetch(local('/v1/rankings'), {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(await response.text()).toBe(await (await app.request('/v1/rankings')).text());
  });

  it('applies the hostile-input gates on the edge too and runs analyses in-thread', async () => {
    const deep = `{"spec":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const post = (path: string, body: string) =>
      mf.dispatchFetch(local(path), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
    const tooDeep = await post('/v1/uncertainty', deep);
    expect(tooDeep.status).toBe(400);
    expect((await json(tooDeep)).errors[0].path).toBe('spec');
    const analysis = await post(
      '/v1/uncertainty',
      JSON.stringify({ spec: { runs: 200, weightNoise: { pillars: 0.2 } } }),
    );
    expect(analysis.status).toBe(200);
    expect((await mf.dispatchFetch(local('/v1/rankings?w=economy:0x10'))).status).toBe(400);
    expect((await mf.dispatchFetch(local('/v1/rankings?a=generalised&a.p=160'))).status).toBe(422);
  });

  it('serves health, the OpenAPI document and the docs page', async () => {
    expect((await json(await mf.dispatchFetch(local('/v1/health')))).status).toBe('ok');
    expect((await json(await mf.dispatchFetch(local('/openapi.json')))).openapi).toBe('3.1.0');
    expect(await (await mf.dispatchFetch(local('/docs'))).text()).toContain('docs/app.js');
  });

  it('answers problems: 404 with a suggestion, 405, 400, and 304 for a current ETag', async () => {
    const missing = await mf.dispatchFetch(local('/v1/cities/tokio'));
    expect(missing.status).toBe(404);
    expect((await json(missing)).suggestion).toBe('tokyo');
    expect((await mf.dispatchFetch(local('/v1/rankings'), { method: 'DELETE' })).status).toBe(405);
    expect((await mf.dispatchFetch(local('/v1/rankings?a=nope'))).status).toBe(400);
    const etag = (await mf.dispatchFetch(local('/v1/cities'))).headers.get('etag')!;
    expect((await mf.dispatchFetch(local('/v1/cities'), { headers: { 'If-None-Match': etag } })).status).toBe(
      304,
    );
  });
});
