import { contentHash } from '../content-hash.ts';
import { datasetSchema, type Cell, type FrameworkNode, type Unit } from '../schema/index.ts';
import type { ColumnReport } from './column-role.ts';
import type { LoadResult } from './load-result.ts';
import { problem, type Problem } from './problem.ts';

/** How to name a loaded dataset: an edition id (default: the file's base name) and a version (default "0"). */
export interface EditionOptions {
  id?: string;
  version?: string;
}

/** The pieces read from a user's files, with every problem and warning met on the way. */
export interface Parts {
  file: string;
  units: Unit[];
  framework: FrameworkNode[];
  values: Record<string, Record<string, Cell>>;
  problems: Problem[];
  warnings: Problem[];
  /** Every column of the units table (or iData) with its role. */
  columns: ColumnReport[];
  edition?: EditionOptions;
}

const baseName = (file: string): string => file.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '') || file;

/**
 * Turns the pieces into a result: any problem fails the whole load (nothing partial), otherwise the
 * dataset gets its edition (with a content hash of units, framework and values) and is validated.
 */
export function assemble(parts: Parts): LoadResult {
  if (parts.problems.length > 0) return { ok: false, problems: parts.problems };
  const content = { units: parts.units, framework: parts.framework, values: parts.values };
  const edition = {
    id: parts.edition?.id ?? baseName(parts.file),
    version: parts.edition?.version ?? '0',
    hash: contentHash(content),
  };
  const checked = datasetSchema.safeParse({ edition, ...content });
  // zod copies records into plain objects, where a `__proto__` key would be lost: keep the
  // loader's own prototype-free values (validated just above).
  if (checked.success)
    return {
      ok: true,
      dataset: { ...checked.data, values: parts.values },
      warnings: parts.warnings,
      columns: parts.columns,
    };
  const problems = checked.error.issues.map((issue) =>
    problem('invalid-dataset', `${issue.path.join('.') || 'dataset'}: ${issue.message}`, {
      file: parts.file,
      row: null,
      column: null,
    }),
  );
  return { ok: false, problems };
}
