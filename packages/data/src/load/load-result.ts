import type { Dataset } from '../schema/index.ts';
import type { ColumnReport } from './column-role.ts';
import type { Problem } from './problem.ts';

/**
 * A loaded dataset with the assumptions made on the way and the role given to every column of the
 * units table (which were scored as indicators, which were set aside and why), or every problem
 * found; never a throw.
 */
export type LoadResult =
  | { ok: true; dataset: Dataset; warnings: Problem[]; columns: ColumnReport[] }
  | { ok: false; problems: Problem[] };
