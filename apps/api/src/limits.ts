/** Largest request body accepted, in bytes (2 MiB); larger bodies get 413. */
export const BODY_LIMIT = 2 * 1024 * 1024;

/** Most units (cities) a posted dataset may hold. */
export const MAX_UNITS = 1000;

/** Most framework nodes (indicators and aggregates) a posted dataset may hold. */
export const MAX_NODES = 300;

/** Most Monte Carlo runs one uncertainty request may ask for. */
export const MAX_UNCERTAINTY_RUNS = 2000;

/** Most base samples one sensitivity request may ask for. */
export const MAX_SENSITIVITY_SAMPLES = 512;

/** How many computed responses (per edition, scenario hash and format) stay cached. */
export const RESPONSE_CACHE_SIZE = 512;

/** How many scored scenarios stay cached. */
export const SCORE_CACHE_SIZE = 64;

/** Most bootstrap resamples one sensitivity request may ask for. */
export const MAX_BOOTSTRAP = 1000;

/** Most units an explanation of every unit may cover (who passed whom grows with the square); ask for one city above it. */
export const MAX_EXPLAIN_UNITS = 200;
/** Time one expensive request (an analysis, or scoring posted data) may run before it is stopped, in ms. */
export const JOB_BUDGET_MS = 10_000;

/** Expensive requests that may wait for a free worker thread (Node); more get 503 with Retry-After. */
export const JOB_QUEUE = 8;

/** Seconds a client is asked to wait (`Retry-After`) when the queue is full or a budget ran out. */
export const RETRY_AFTER_S = 5;

/** Longest request URL accepted, in bytes (16 KiB); longer ones get 414. */
export const URL_LIMIT = 16 * 1024;

/** Deepest nesting of arrays and objects accepted in a JSON body; deeper bodies get 400. */
export const MAX_JSON_DEPTH = 64;

/** Audit caps: Monte Carlo runs, Sobol base samples, bootstrap resamples, and model evaluations of the Sobol design. */
export const MAX_AUDIT = { runs: 2000, samples: 512, bootstrap: 200, evaluations: 100_000 } as const;
