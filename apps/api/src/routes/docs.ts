import { Hono } from 'hono';
import { docsPage } from '../docs/page.ts';
import { docsScript } from '../docs/script.ts';
import { docsStyle } from '../docs/style.ts';
import type { AppEnv } from '../env.ts';
import { hashText } from '@smartcities/data/hash';
import { CACHE_CONTROL, matchesEtag } from '../send-cached.ts';

/** The page may load its own script, style and the API (same origin), nothing else. */
const policy =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const assets = new Map(
  [
    ['/docs', docsPage, 'text/html; charset=utf-8'],
    ['/docs/app.js', docsScript, 'text/javascript; charset=utf-8'],
    ['/docs/app.css', docsStyle, 'text/css; charset=utf-8'],
  ].map(([path, body, type]) => [path!, { body: body!, type: type!, etag: `"${hashText(body!)}"` }]),
);

/** GET /docs (and its script and stylesheet): the interactive reference, served as strings so it runs on any runtime. */
export const docs = new Hono<AppEnv>();

for (const [path, asset] of assets) {
  docs.get(path, (c) => {
    const headers = { ETag: asset.etag, 'Cache-Control': CACHE_CONTROL, 'Content-Security-Policy': policy };
    if (matchesEtag(c.req.header('If-None-Match'), asset.etag)) return c.body(null, 304, headers);
    return c.body(asset.body, 200, { ...headers, 'Content-Type': asset.type });
  });
}

docs.get('/favicon.ico', (c) => c.body(null, 204, { 'Cache-Control': CACHE_CONTROL }));
