import { serve } from '@hono/node-server';
import { app } from './app.ts';

const port = Number(process.env.PORT ?? 8787);
const hostname = '127.0.0.1';

/**
 * Answers a parent process's `memory` message (heap after GC) or `cpu` message (CPU time used so
 * far); only when started with an IPC channel, as the load script does.
 */
function reportMemory(message: unknown): void {
  if (message === 'cpu') process.send?.({ cpu: process.cpuUsage() });
  if (message !== 'memory') return;
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ memory: process.memoryUsage() });
}

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`Smart Cities Index API on http://${hostname}:${info.port} (docs at /docs)`);
  process.send?.({ ready: info.port });
});

if (process.send) process.on('message', reportMemory);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
