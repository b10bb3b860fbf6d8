import type { ExportDocument, Sheet } from '@smartcities/core/engine';
import type { Column, View } from '../output/view.ts';
import { table } from '../output/view.ts';
import { provenanceLine } from './provenance.ts';

/**
 * The export as a view: the whole document (core's `exportDocument`) as JSON, and core's
 * `results` sheet (one row per city) as the table and the CSV.
 */
export function exportView(doc: ExportDocument, results: Sheet): View {
  const keys = [...new Set(results.rows.flatMap((row) => Object.keys(row)))];
  const columns: Column<Sheet['rows'][number]>[] = keys.map((key) => ({ key, header: key }));
  return {
    json: doc,
    blocks: [
      table({ title: 'Results', columns, rows: results.rows }),
      provenanceLine(doc.results.provenance),
    ],
  };
}
