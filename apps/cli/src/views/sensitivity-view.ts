import { formatFixed } from '@smartcities/core/engine';
import type { SensitivityResult, SensitivityRow } from '@smartcities/core/analysis';
import { table, type Column, type View } from '../output/view.ts';
import { provenanceLine } from './provenance.ts';

const index = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? formatFixed(v, 3) : '–');
const interval = (v: [number, number] | null) => (v ? `${index(v[0])}–${index(v[1])}` : '');

const columns: Column<SensitivityRow>[] = [
  { key: 'input', header: 'Input', value: (r) => r.input.id },
  { key: 'kind', header: 'kind', only: 'csv', value: (r) => r.input.kind },
  { key: 'first', header: 'First-order', align: 'right', show: index },
  { key: 'firstInterval', header: 'interval', only: 'table', value: (r) => interval(r.firstInterval) },
  { key: 'firstLow', header: 'firstLow', only: 'csv', value: (r) => r.firstInterval?.[0] },
  { key: 'firstHigh', header: 'firstHigh', only: 'csv', value: (r) => r.firstInterval?.[1] },
  { key: 'total', header: 'Total effect', align: 'right', show: index },
  { key: 'totalInterval', header: 'interval', only: 'table', value: (r) => interval(r.totalInterval) },
  { key: 'totalLow', header: 'totalLow', only: 'csv', value: (r) => r.totalInterval?.[0] },
  { key: 'totalHigh', header: 'totalHigh', only: 'csv', value: (r) => r.totalInterval?.[1] },
];

/** Sobol indices per uncertain input, largest total effect first in the table (core's order in JSON). */
export function sensitivityView(result: SensitivityResult): View {
  const rows = [...result.rows].sort((a, b) => (Number.isNaN(b.total) ? -1 : b.total - a.total));
  const dropped =
    result.failed.droppedSamples > 0
      ? ` ${result.failed.droppedSamples} base samples dropped (runs that could not be scored).`
      : '';
  const intro = `Sensitivity of the mean absolute rank shift (mean ${formatFixed(result.meanShift, 3)}, variance ${formatFixed(result.variance, 3)}): ${result.samples} base samples, ${result.evaluations} model runs, seed ${result.seed}.${dropped}`;
  return {
    json: result,
    blocks: [intro, table({ columns, rows }), provenanceLine(result.provenance)],
  };
}
