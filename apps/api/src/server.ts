import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createApp } from './app.ts';
import { inlineExecutor } from './executor.ts';
import { JOB_BUDGET_MS, JOB_QUEUE } from './limits.ts';
import { problemOnClientError } from './node/client-error.ts';
import { lingerOnClose } from './node/linger.ts';
import { closeUnreadBodies } from './node/close-unread.ts';
import { createWorkerPool } from './node/worker-pool.ts';

const port = Number(process.env.PORT ?? 8787);
const hostname = '127.0.0.1';
/**
 * Worker threads for expensive requests: one core is left to the cheap routes (API_WORKERS to
 * change; 0 runs them on the main thread, as edge runtimes do, for comparison).
 */
const workers = Number(process.env.API_WORKERS ?? Math.max(1, availableParallelism() - 1));
const budgetMs = Number(process.env.API_BUDGET_MS ?? JOB_BUDGET_MS);

const pool =
  workers > 0
    ? createWorkerPool({
        size: workers,
        queue: Number(process.env.API_QUEUE ?? JOB_QUEUE),
        budgetMs,
        spawn: () => new Worker(new URL('./pool-worker.mjs', import.meta.url)),
      })
    : undefined;
const app = createApp({ executor: pool ?? inlineExecutor({ budgetMs }) });

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

const server = serve(
  {
    fetch: closeUnreadBodies(app.fetch),
    port,
    hostname,
    // long URLs reach the app, which answers 414 with a problem document
    serverOptions: { maxHeaderSize: 64 * 1024 },
  },
  (info) => {
    console.log(
      `Smart Cities Index API on http://${hostname}:${info.port} (docs at /docs; ${workers} worker thread(s))`,
    );
    process.send?.({ ready: info.port });
  },
) as Server;
lingerOnClose(server);
problemOnClientError(server);

if (process.send) process.on('message', reportMemory);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => void pool?.close().then(() => process.exit(0))));
}
