import { rankingRows, safeScore, type Provenance, type RankingRow } from '@smartcities/core';
import { loadCoinr, loadDataset, type ColumnReport } from '@smartcities/data/load';
import { fileRoles, type NamedSource } from './file-roles';

/** A problem to show in the table of errors: where (file, row, column) and what. */
export interface FileProblem {
  file: string;
  row: number | null;
  column: string | null;
  message: string;
}

/** The outcome of scoring a user's files: the ranking, or every problem with its place. */
export type ByodOutcome =
  | {
      ok: true;
      rows: RankingRow[];
      columns: { id: string; name: string }[];
      warnings: FileProblem[];
      /** Every column of the file with the role the loader gave it and why. */
      roles: ColumnReport[];
      provenance: Provenance;
    }
  | { ok: false; problems: FileProblem[] };

const place = (p: {
  file: string;
  row: number | null;
  column: string | null;
  message: string;
  sheet?: string | undefined;
}): FileProblem => ({
  file: p.sheet ? `${p.file} [${p.sheet}]` : p.file,
  row: p.row,
  column: p.column,
  message: p.message,
});

/**
 * Loads a user's files (our layout or COINr's iData/iMeta, CSV/JSON/XLSX) and scores them with the
 * report's method; runs the same in the browser and on the server. Names stay plain text.
 */
export async function scoreFiles(sources: NamedSource[]): Promise<ByodOutcome> {
  const roles = fileRoles(sources);
  if (roles.layout === 'none')
    return {
      ok: false,
      problems: [
        {
          file: sources.map((s) => s.name).join(', ') || '(none)',
          row: null,
          column: null,
          message: roles.message,
        },
      ],
    };
  const loaded = roles.layout === 'coinr' ? await loadCoinr(roles) : await loadDataset(roles);
  if (!loaded.ok) return { ok: false, problems: loaded.problems.map(place) };
  const scored = safeScore(loaded.dataset);
  if (!scored.ok)
    return {
      ok: false,
      problems: scored.issues.map((i) => ({
        file: sources.map((s) => s.name).join(', '),
        row: null,
        column: i.path,
        message: i.message,
      })),
    };
  const { result } = scored;
  const kids = result.plan.children.get(result.tree.root)?.ids ?? [];
  const names = new Map(loaded.dataset.framework.map((n) => [n.id, n.name]));
  return {
    ok: true,
    rows: rankingRows(result, loaded.dataset),
    columns: kids.map((id) => ({ id, name: names.get(id) ?? id })),
    warnings: loaded.warnings.map(place),
    roles: loaded.columns,
    provenance: result.provenance,
  };
}
