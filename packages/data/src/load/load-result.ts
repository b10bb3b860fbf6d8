import type { Dataset } from '../schema/index.ts';
import type { Problem } from './problem.ts';

/** A loaded dataset with the assumptions made on the way, or every problem found; never a throw. */
export type LoadResult =
  { ok: true; dataset: Dataset; warnings: Problem[] } | { ok: false; problems: Problem[] };
