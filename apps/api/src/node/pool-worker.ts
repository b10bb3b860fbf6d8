import { parentPort } from 'node:worker_threads';
import { runJob, toFailure } from '../jobs/run-job.ts';
import type { JobMessage, JobReply } from './worker-pool.ts';

/** A worker thread of the pool: runs each job it is sent under its deadline and replies with the answer or the failure. */
parentPort?.on('message', async ({ id, name, input, deadline }: JobMessage) => {
  let reply: JobReply;
  try {
    const value = await runJob(name, input as never, { now: () => Date.now(), deadline });
    reply = { id, ok: true, value };
  } catch (error) {
    reply = { id, ok: false, failure: toFailure(error) };
  }
  parentPort?.postMessage(reply);
});
