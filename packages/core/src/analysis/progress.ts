/** How a long analysis reports progress and learns that it should stop. */
export interface RunOptions {
  /** Called every chunk of work (about 100 times per analysis) and once at the end. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Checked after each progress call; once `aborted` is true the analysis throws a
   * CancelledError. An AbortSignal fits. The loop is synchronous, so flip it from `onProgress`
   * (a time budget, a UI flag read there) or run the analysis in a worker and terminate it.
   */
  signal?: { readonly aborted: boolean };
  /**
   * A time budget: once `now()` reaches `deadline` (both in the caller's clock, e.g. ms since the
   * epoch) the analysis throws a CancelledError with reason `deadline`. Core has no clock of its
   * own: without `now` there is no deadline.
   */
  deadline?: number;
  now?: () => number;
}

/** Why an analysis stopped early: its signal was aborted, or its deadline passed. */
export type CancelReason = 'signal' | 'deadline';

/** Thrown when an analysis is cancelled through its signal: no partial result is returned. */
export class CancelledError extends Error {
  readonly done: number;
  readonly total: number;
  readonly reason: CancelReason;
  constructor(done: number, total: number, reason: CancelReason = 'signal') {
    const why = reason === 'deadline' ? 'its time budget ran out' : 'cancelled';
    super(`analysis stopped (${why}) after ${done} of ${total} steps`);
    this.name = 'CancelledError';
    this.done = done;
    this.total = total;
    this.reason = reason;
  }
}

/** How many steps make one progress chunk: about a hundredth of the work, at least one. */
export function chunkSize(total: number): number {
  return Math.max(1, Math.ceil(total / 100));
}

/** Reports progress, then throws a CancelledError if the signal says so or the deadline has passed. */
export function checkpoint(options: RunOptions, done: number, total: number): void {
  options.onProgress?.(done, total);
  if (options.signal?.aborted) throw new CancelledError(done, total, 'signal');
  const { deadline, now } = options;
  if (deadline !== undefined && now !== undefined && now() >= deadline)
    throw new CancelledError(done, total, 'deadline');
}
