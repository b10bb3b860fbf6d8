import { roundHalfUp } from '@smartcities/core/engine';
import type { UncertaintyResult, UncertaintyRow } from '@smartcities/core/analysis';
import { table, type Column, type View } from '../output/view.ts';
import { provenanceLine } from './provenance.ts';
import { percent } from './show.ts';

const rankShown = (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v) ? String(roundHalfUp(v, 1)) : '–';

function columns(names: ReadonlyMap<string, string>): Column<UncertaintyRow>[] {
  return [
    { key: 'nominal', header: 'Rank', align: 'right' },
    { key: 'city', header: 'city', only: 'csv' },
    { key: 'name', header: 'City', only: 'table', value: (r) => names.get(r.city) ?? r.city },
    { key: 'mean', header: 'Mean', align: 'right', show: rankShown },
    { key: 'median', header: 'Median', align: 'right' },
    { key: 'interval', header: '90% interval', only: 'table', value: (r) => `${r.q05}–${r.q95}` },
    { key: 'q05', header: 'q05', only: 'csv' },
    { key: 'q95', header: 'q95', only: 'csv' },
    ...(['leading', 'advanced', 'following'] as const).map((tier): Column<UncertaintyRow> => ({
      key: tier,
      header: `P(${tier})`,
      align: 'right',
      value: (r) => r.tiers[tier],
      show: percent,
    })),
  ];
}

/** Rank intervals and tier probabilities: JSON `{ provenance, runs, seed, inputs, failed, rows }`, a table of the rows. */
export function uncertaintyView(result: UncertaintyResult, names: ReadonlyMap<string, string>): View {
  const inputs = result.inputs.map((input) => input.id);
  const failed =
    result.failed.count > 0
      ? ` ${result.failed.count} runs could not be scored: ${result.failed.reasons.map((r) => `${r.message} (${r.runs})`).join('; ')}.`
      : '';
  const intro = `Uncertainty: ${result.runs} runs, seed ${result.seed}, varying ${inputs.length} inputs (${inputs.join(', ')}).${failed}`;
  return {
    json: {
      provenance: result.provenance,
      runs: result.runs,
      seed: result.seed,
      inputs,
      failed: result.failed,
      rows: result.rows,
    },
    blocks: [intro, table({ columns: columns(names), rows: result.rows }), provenanceLine(result.provenance)],
  };
}
