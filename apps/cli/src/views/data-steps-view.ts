import type { IndicatorTreatment, ScoreResult } from '@smartcities/core/engine';
import { table, type AnyTable } from '../output/view.ts';
import { fixed } from './show.ts';

/** What the data steps did, for the table format: a summary line and the treated indicators. */
export function dataStepBlocks(result: ScoreResult): (string | AnyTable)[] {
  const data = result.data;
  if (!data) return [];
  const { impute, treat } = data.steps;
  const summary =
    `Data steps: impute ${impute}, treat ${treat}: ${data.imputed.length} cells imputed, ` +
    `${data.treated.length} treated, ${data.screened.length} units left out for low availability` +
    (data.screened.length ? ` (${data.screened.map((s) => s.unit).join(', ')})` : '');
  const acted = data.treatment.filter((t) => t.action !== 'none');
  if (acted.length === 0) return [summary];
  return [summary, treatmentTable(acted)];
}

/** One row per treated indicator: skewness and kurtosis before and after, what was done. */
export function treatmentTable(rows: IndicatorTreatment[]): AnyTable {
  const stat = (pick: (r: IndicatorTreatment) => number) => (_: unknown, r: IndicatorTreatment) =>
    fixed(2)(pick(r));
  return table<IndicatorTreatment>({
    title: 'Outlier treatment',
    columns: [
      { key: 'indicator', header: 'Indicator' },
      { key: 'action', header: 'Action' },
      { key: 'winsorised', header: 'Points', align: 'right' },
      {
        key: 'skew_before',
        header: 'Skew',
        align: 'right',
        value: (r) => r.before.skewness,
        show: stat((r) => r.before.skewness),
      },
      {
        key: 'skew_after',
        header: '→',
        align: 'right',
        value: (r) => r.after.skewness,
        show: stat((r) => r.after.skewness),
      },
      {
        key: 'kurt_before',
        header: 'Kurtosis',
        align: 'right',
        value: (r) => r.before.kurtosis,
        show: stat((r) => r.before.kurtosis),
      },
      {
        key: 'kurt_after',
        header: '→',
        align: 'right',
        value: (r) => r.after.kurtosis,
        show: stat((r) => r.after.kurtosis),
      },
      { key: 'passes', header: 'Passes', value: (r) => (r.passes ? 'yes' : 'no') },
    ],
    rows,
  });
}
