import { flatLevelRow, type LevelRow, type ScoreResult } from '@smartcities/core/engine';
import { table, type AnyTable, type View } from '../output/view.ts';
import { dataStepBlocks } from './data-steps-view.ts';
import { rankingView } from './ranking-view.ts';

/**
 * `score`'s view: the index ranking with its children in the table, every level in JSON (the
 * ranking's `provenance` and `effectiveWeights`, `rows[].nodes`, `rows[].flags`, and `data`: what
 * imputation and treatment did) and in CSV
 * (one `<id>` and `<id>_rank` column per node, then `flags`).
 */
export function levelView(result: ScoreResult, rows: LevelRow[], title: string): View {
  const base = rankingView(result, rows, result.tree.root, title);
  const provenance = base.blocks.at(-1)!;
  return {
    json: { ...(base.json as object), rows, ...(result.data && { data: result.data }) },
    blocks: [...base.blocks.slice(0, -1), ...dataStepBlocks(result), provenance],
    csv: levelTable(rows),
  };
}

/** Every level flattened, one row per unit: the CSV and the XLSX `scores` sheet. */
export function levelTable(rows: LevelRow[]): AnyTable {
  const flat = rows.map(flatLevelRow);
  const keys = Object.keys(flat[0] ?? {});
  return table({ columns: keys.map((key) => ({ key, header: key })), rows: flat });
}
