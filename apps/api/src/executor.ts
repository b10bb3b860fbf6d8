import { CancelledError } from '@smartcities/core/analysis';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { runJob, type JobFailure, type JobInput, type JobName } from './jobs/run-job.ts';
import { JOB_BUDGET_MS, RETRY_AFTER_S } from './limits.ts';
import { ApiProblem } from './problem.ts';
import type { Representation } from './representation.ts';

/**
 * Where expensive work runs: the app hands every analysis and every scoring of posted data to
 * its executor. On Node the server injects a pool of worker threads (`src/node/worker-pool.ts`);
 * elsewhere `inlineExecutor` runs jobs in the request's own thread under the same time budget.
 */
export interface Executor {
  run<N extends JobName>(name: N, input: JobInput<N>): Promise<Representation>;
}

/** 503 for a request whose time budget ran out before its answer was ready. */
export function budgetProblem(budgetMs: number): ApiProblem {
  return new ApiProblem(
    503,
    'time-budget-exhausted',
    `the request did not finish within its time budget of ${budgetMs} ms and was stopped; ask for less work (fewer runs or samples) or use the CLI`,
    { headers: { 'Retry-After': String(RETRY_AFTER_S) } },
  );
}

/** 503 for a request refused because every worker is busy and the queue is full. */
export function busyProblem(queue: number): ApiProblem {
  return new ApiProblem(
    503,
    'busy',
    `every worker is busy and ${queue} requests are already waiting; retry in ${RETRY_AFTER_S} s`,
    { headers: { 'Retry-After': String(RETRY_AFTER_S) } },
  );
}

/** Turns a job's failure back into what the app throws: its problem, a 503, or an error (a bug). */
export function fromFailure(failure: JobFailure, budgetMs: number): Error {
  if (failure.kind === 'problem')
    return new ApiProblem(
      failure.status as ContentfulStatusCode,
      failure.code,
      failure.detail,
      failure.extra,
    );
  if (failure.kind === 'deadline') return budgetProblem(budgetMs);
  return new Error(`job failed: ${failure.message}`);
}

/**
 * Runs jobs in the calling thread (edge runtimes, tests), stopped cooperatively through core's
 * cancellation once `now()` passes the budget. Core checks the clock between chunks of work.
 * @example createApp({ executor: inlineExecutor({ budgetMs: 2000 }) })
 */
export function inlineExecutor(options: { budgetMs?: number; now?: () => number } = {}): Executor {
  const { budgetMs = JOB_BUDGET_MS, now = () => Date.now() } = options;
  return {
    async run(name, input) {
      try {
        return await runJob(name, input, { now, deadline: now() + budgetMs });
      } catch (error) {
        throw error instanceof CancelledError ? budgetProblem(budgetMs) : error;
      }
    },
  };
}
