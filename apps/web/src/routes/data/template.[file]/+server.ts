import { error } from '@sveltejs/kit';
import { layoutSheets, toCsv, toXlsx } from '@smartcities/data/write';
import { edition } from '$lib/edition';
import { sourceLink } from '$lib/server/download-ranking';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The upload template: the 2020 dataset in the layout /data reads, written by packages/data
 * (`template.xlsx` with both sheets, or `template.units.csv` and `template.framework.csv`).
 */
export async function GET({ params }) {
  const [units, framework] = layoutSheets(edition.dataset);
  const name = `smart-cities-template.${params.file}`;
  const headers = (type: string) => ({
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    ...sourceLink,
  });
  if (params.file === 'xlsx')
    return new Response(await toXlsx([units, framework]), { headers: headers(xlsxType) });
  const sheet = params.file === 'units.csv' ? units : params.file === 'framework.csv' ? framework : null;
  if (!sheet) error(404, `no template "${params.file}"; expected xlsx, units.csv or framework.csv`);
  return new Response(toCsv(sheet.rows, sheet.columns), { headers: headers('text/csv; charset=utf-8') });
}
