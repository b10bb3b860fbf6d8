import { exportDocument, exportSheets, safeScore, scenarioFromQuery } from '@smartcities/core';
import { toCsv, toXlsx } from '@smartcities/data/write';
import { edition } from '../edition';
import { sourceLink, type DownloadFormat } from './download-ranking';

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

const types: Record<DownloadFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The whole dataset with its results under the scenario in `query`, as the CLI's `export` writes
 * it: JSON is core's `exportDocument`, CSV its `results` sheet (one row per city), XLSX every
 * sheet. A bad scenario answers 400 naming the query parameter.
 */
export async function downloadExport(format: DownloadFormat, query: URLSearchParams): Promise<Response> {
  const parsed = scenarioFromQuery(query);
  if (!parsed.ok) return plain(400, parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const scored = safeScore(edition.dataset, parsed.scenario);
  if (!scored.ok) return plain(400, scored.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const sheets = exportSheets(edition, scored.result);
  const body =
    format === 'json'
      ? JSON.stringify(exportDocument(edition, scored.result), null, 2)
      : format === 'csv'
        ? toCsv(sheets[0]!.rows)
        : await toXlsx(sheets);
  const disposition = `attachment; filename="smart-cities-2020.${format}"`;
  return new Response(body, {
    headers: { 'content-type': types[format], 'content-disposition': disposition, ...sourceLink },
  });
}
