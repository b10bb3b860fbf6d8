import { z } from 'zod';
import {
  flatRankingRow,
  printedOption,
  rankingRows,
  sourceSheetRows,
  safeScore,
  scenarioFromQuery,
  scenarioToQuery,
} from '@smartcities/core';
import { app } from '@smartcities/api';
import { edition } from '../edition';
import { toXlsx } from '@smartcities/data/write';

/** The download formats of the ranking. */
export const downloadFormatSchema = z.enum(['csv', 'json', 'xlsx']);
export type DownloadFormat = z.infer<typeof downloadFormatSchema>;

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * Where every download points for its source: CSV stays pure data (a header row, then one row per
 * record, nothing else), so the source travels beside it, in this `Link` header to the source
 * record (`GET /api/v1/source`); JSON carries a `source` field and XLSX a `source` sheet.
 */
export const sourceLink = { link: '</api/v1/source>; rel="describedby"; type="application/json"' };

/**
 * The ranking under the scenario in `query` as a file: CSV and JSON are the API's own bytes, XLSX is
 * the same flat rows (core's `flatRankingRow`, with the printed figures under the report's method)
 * and a `source` sheet, written by data's `toXlsx`. A bad scenario answers 400 naming the query parameter.
 */
export async function downloadRanking(format: DownloadFormat, query: URLSearchParams): Promise<Response> {
  const parsed = scenarioFromQuery(query);
  if (!parsed.ok) return plain(400, parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const disposition = {
    'content-disposition': `attachment; filename="smart-cities-ranking.${format}"`,
    ...sourceLink,
  };
  if (format !== 'xlsx') {
    const response = await app.request(`/v1/rankings?format=${format}&${scenarioToQuery(parsed.scenario)}`);
    if (!response.ok) return response;
    return new Response(response.body, {
      headers: { 'content-type': response.headers.get('content-type') ?? 'text/plain', ...disposition },
    });
  }
  const scored = safeScore(edition.dataset, parsed.scenario);
  if (!scored.ok) return plain(400, scored.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const rows = rankingRows(scored.result, edition.dataset, printedOption(scored.result, edition)).map(
    flatRankingRow,
  );
  const body = await toXlsx([
    { name: 'ranking', rows },
    { name: 'source', rows: sourceSheetRows(edition.source) },
  ]);
  return new Response(body, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ...disposition,
    },
  });
}
