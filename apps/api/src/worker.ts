import { createApp } from './app.ts';

/**
 * The Cloudflare Workers entry (wrangler.jsonc's `main`): the app with the in-thread executor,
 * whose time budget stops analyses cooperatively, and without its own compression: Cloudflare
 * compresses at its edge, and the Workers runtime encodes any body whose response says
 * `Content-Encoding` itself, so compressing here would encode twice.
 */
export default createApp({ compress: false });
