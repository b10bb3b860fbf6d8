// Production entry point: the adapter-node server (pages and, under /api, the HTTP API)
// listening on PORT (default 3000) and HOST (default 127.0.0.1, never all interfaces unless asked).
process.env.PORT ??= '3000';
process.env.HOST ??= '127.0.0.1';
await import('./build/index.js');
