import { CancelledError, type RunOptions } from '@smartcities/core/analysis';
import { ApiProblem, type Problem } from '../problem.ts';
import type { Representation } from '../representation.ts';
import { sensitivityJob, uncertaintyJob, whatItTakesJob } from './analysis-jobs.ts';
import { auditJob } from './audit-job.ts';
import { explainJob } from './explain-job.ts';
import { scoreJob } from './score-job.ts';

/** Every job that may run off the request's thread, by name: each renders its whole answer. */
export const jobs = {
  score: scoreJob,
  uncertainty: uncertaintyJob,
  sensitivity: sensitivityJob,
  'what-it-takes': whatItTakesJob,
  explain: explainJob,
  audit: auditJob,
};

/** The name of a job. */
export type JobName = keyof typeof jobs;
/** The input of a job (structured-clonable: it may cross to a worker thread). */
export type JobInput<N extends JobName> = Parameters<(typeof jobs)[N]>[0];

/** Runs a job where it is called, under the given cancellation (signal, or deadline and clock). */
export async function runJob<N extends JobName>(
  name: N,
  input: JobInput<N>,
  options: RunOptions,
): Promise<Representation> {
  const job = jobs[name] as (
    input: JobInput<N>,
    options: RunOptions,
  ) => Representation | Promise<Representation>;
  return job(input, options);
}

/** A job's failure as it crosses a thread: an expected problem, a stop at the deadline, or a bug. */
export type JobFailure =
  | {
      kind: 'problem';
      status: number;
      code: string;
      detail: string;
      extra: Pick<Problem, 'errors' | 'suggestion'>;
    }
  | { kind: 'deadline' }
  | { kind: 'bug'; message: string };

/** Describes a thrown error as plain data. */
export function toFailure(error: unknown): JobFailure {
  if (error instanceof ApiProblem)
    return {
      kind: 'problem',
      status: error.status,
      code: error.code,
      detail: error.message,
      extra: error.extra,
    };
  if (error instanceof CancelledError) return { kind: 'deadline' };
  return { kind: 'bug', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
