import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProblem } from '../problem.ts';
import { createWorkerPool, type WorkerPool } from './worker-pool.ts';

/**
 * A stand-in job runner speaking the pool's protocol (the real one, dist/pool-worker.mjs, is
 * exercised against the built server in test/node-server.test.ts): `double` answers at once,
 * `spin` busy-waits ignoring its deadline, `cooperate` stops at its deadline as core does.
 */
const script = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, name, input, deadline }) => {
  if (name === 'spin') { const end = Date.now() + input.ms; while (Date.now() < end); }
  if (name === 'cooperate') {
    while (Date.now() < deadline);
    return parentPort.postMessage({ id, ok: false, failure: { kind: 'deadline' } });
  }
  parentPort.postMessage({ id, ok: true, value: { body: String(input.n * 2), contentType: 'text/plain', etag: '"x"' } });
});`;

let pool: WorkerPool | undefined;
afterEach(async () => pool?.close());

const make = (size: number, queue: number, budgetMs: number) =>
  (pool = createWorkerPool({
    size,
    queue,
    budgetMs,
    graceMs: 50,
    spawn: () => new Worker(script, { eval: true }),
  }));
const run = (p: WorkerPool, name: string, input: object) => p.run(name as never, input as never);

/** The problem a job was refused with: status, code and Retry-After. */
async function refusal(job: Promise<unknown>) {
  const error = await job.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiProblem)) throw new Error(`expected a problem, got ${String(error)}`);
  return { status: error.status, code: error.code, retryAfter: error.headers['Retry-After'] };
}

describe('createWorkerPool', () => {
  it('runs jobs in its threads, several at once', async () => {
    const p = make(2, 4, 5000);
    const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => run(p, 'double', { n })));
    expect(answers.map((a) => a.body)).toEqual(['2', '4', '6', '8', '10']);
  });

  it('refuses a job at once with 503 busy and Retry-After when every thread is busy and the queue is full', async () => {
    const p = make(1, 1, 5000);
    const running = run(p, 'spin', { ms: 300, n: 5 });
    const queued = run(p, 'double', { n: 1 });
    expect(p.load()).toEqual({ running: 1, waiting: 1 });
    expect(await refusal(run(p, 'double', { n: 2 }))).toEqual({ status: 503, code: 'busy', retryAfter: '5' });
    expect((await running).body).toBe('10');
    expect((await queued).body).toBe('2');
  });

  it('answers 503 when a job overruns its budget, terminates the thread and keeps serving', async () => {
    const p = make(1, 2, 400);
    const refused = await refusal(run(p, 'spin', { ms: 5000 }));
    expect(refused).toEqual({ status: 503, code: 'time-budget-exhausted', retryAfter: '5' });
    expect((await run(p, 'double', { n: 21 })).body).toBe('42');
  });

  it('answers 503 when a job stops itself at its deadline (cooperative cancellation)', async () => {
    const p = make(1, 2, 100);
    expect((await refusal(run(p, 'cooperate', {}))).code).toBe('time-budget-exhausted');
    expect(p.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('answers 503 for a job that waited a whole budget in the queue, without running it', async () => {
    const p = make(1, 2, 100);
    const first = refusal(run(p, 'spin', { ms: 5000 }));
    const waited = refusal(run(p, 'double', { n: 1 }));
    expect((await first).code).toBe('time-budget-exhausted');
    expect((await waited).code).toBe('time-budget-exhausted');
  });
});
