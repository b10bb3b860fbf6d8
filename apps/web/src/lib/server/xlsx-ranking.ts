import type { RankingRow } from '@smartcities/core';
import ExcelJS from 'exceljs';

/**
 * A workbook with one sheet of the ranking: rank, city id and name, score, tier, then each child's
 * score and rank; numbers unrounded, missing values left empty.
 */
export async function xlsxRanking(rows: readonly RankingRow[], children: readonly string[], title: string): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title.slice(0, 31));
  sheet.addRow(['rank', 'city', 'name', 'score', 'tier', ...children.flatMap((id) => [`${id}.score`, `${id}.rank`])]);
  for (const row of rows) {
    sheet.addRow([row.rank, row.city, row.name, row.score, row.tier, ...children.flatMap((id) => [row.pillars[id]?.score ?? null, row.pillars[id]?.rank ?? null])]);
  }
  sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
