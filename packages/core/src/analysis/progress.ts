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
}

/** Thrown when an analysis is cancelled through its signal: no partial result is returned. */
export class CancelledError extends Error {
  readonly done: number;
  readonly total: number;
  constructor(done: number, total: number) {
    super(`analysis cancelled after ${done} of ${total} steps`);
    this.name = 'CancelledError';
    this.done = done;
    this.total = total;
  }
}

/** How many steps make one progress chunk: about a hundredth of the work, at least one. */
export function chunkSize(total: number): number {
  return Math.max(1, Math.ceil(total / 100));
}

/** Reports progress, then throws a CancelledError if the signal says so. */
export function checkpoint(options: RunOptions, done: number, total: number): void {
  options.onProgress?.(done, total);
  if (options.signal?.aborted) throw new CancelledError(done, total);
}
