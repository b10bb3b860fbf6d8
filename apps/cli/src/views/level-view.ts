import { flatLevelRow, type LevelRow, type ScoreResult } from '@smartcities/core/engine';
import { table, type AnyTable, type View } from '../output/view.ts';
import { rankingView } from './ranking-view.ts';

/**
 * `score`'s view: the ranking view (with the data steps' log) whose rows carry every level in
 * JSON (`rows[].nodes`, `rows[].flags`), and every level in CSV
 * (one `<id>` and `<id>_rank` column per node, then `flags`).
 */
export function levelView(result: ScoreResult, rows: LevelRow[], title: string): View {
  const base = rankingView(result, rows, result.tree.root, title);
  return { ...base, csv: levelTable(rows) };
}

/** Every level flattened, one row per unit: the CSV and the XLSX `scores` sheet. */
export function levelTable(rows: LevelRow[]): AnyTable {
  const flat = rows.map(flatLevelRow);
  const keys = Object.keys(flat[0] ?? {});
  return table({ columns: keys.map((key) => ({ key, header: key })), rows: flat });
}
