// Production entry point: the adapter-node server (pages and, under /api, the HTTP API)
// listening on PORT (default 3000) and HOST (default 127.0.0.1, never all interfaces unless asked).
// ORIGIN (the public URL, for SvelteKit's form CSRF check) defaults to http://HOST:PORT; set it
// when the site is served under another name or behind a proxy.

process.env.PORT ??= '3000';
process.env.HOST ??= '127.0.0.1';
process.env.ORIGIN ??= `http://${process.env.HOST.includes(':') ? `[${process.env.HOST}]` : process.env.HOST}:${process.env.PORT}`;
// the API accepts bodies up to 2 MiB (POST /api/v1/score); let them through to its own 413 check
// (it answers from Content-Length; `--max-http-header-size=65536` in the start script lets URLs
// over 16 KiB reach its own 414)
process.env.BODY_SIZE_LIMIT ??= '2M';
await import('./build/index.js');
