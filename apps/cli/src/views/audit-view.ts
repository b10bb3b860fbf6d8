import type { Audit } from '@smartcities/core/analysis';
import { table, type View } from '../output/view.ts';
import { provenanceLine } from './provenance.ts';
import { fixed, percent } from './show.ts';

type Structure = Audit['structure'];
type Robust = Audit['robustness'];

/**
 * The audit as a view: the whole audit as JSON; in the table format each section's sentence on
 * what to look for, then its key tables (treated or sparse indicators, pillars, rank intervals,
 * Sobol indices, remove-one shifts, strengths and weaknesses).
 */
export function auditView(audit: Audit): View {
  const name = (id: string) => [...audit.nodes, ...audit.units].find((n) => n.id === id)?.name ?? id;
  const d = audit.data;
  const notable = d.indicators.filter((i) => i.availability < 1 || i.action !== 'none');
  return {
    json: audit,
    blocks: [
      `Statistical audit: ${audit.title}`,
      `DATA: ${d.lookFor}`,
      `${d.imputed.length} cells imputed, ${d.treated.length} treated, ${d.screened.length} units left out.`,
      table({
        title: 'Indicators with gaps or treatment',
        columns: [
          { key: 'indicator', header: 'Indicator' },
          { key: 'availability', header: 'Available', align: 'right', show: percent },
          { key: 'action', header: 'Treatment' },
          { key: 'skewness', header: 'Skew', align: 'right', show: fixed(2) },
          { key: 'skewnessAfter', header: '→', align: 'right', show: fixed(2) },
          { key: 'kurtosis', header: 'Kurt', align: 'right', show: fixed(2) },
          { key: 'kurtosisAfter', header: '→', align: 'right', show: fixed(2) },
        ],
        rows: notable,
      }),
      `STRUCTURE: ${audit.structure.lookFor}`,
      pillarTable(audit.structure, name),
      `ROBUSTNESS: ${audit.robustness.lookFor}`,
      ...robustnessTables(audit.robustness, name),
      `UNITS: ${audit.perUnit.lookFor}`,
      table({
        title: 'Strengths and weaknesses (indicator rank)',
        columns: [
          { key: 'rank', header: 'Rank', align: 'right' },
          { key: 'unit', header: 'Unit', show: (v) => name(String(v)) },
          {
            key: 'strengths',
            header: 'Best',
            value: (r) => r.strengths.map((s) => `${s.indicator} (${s.rank})`).join(', '),
          },
          {
            key: 'weaknesses',
            header: 'Worst',
            value: (r) => r.weaknesses.map((s) => `${s.indicator} (${s.rank})`).join(', '),
          },
        ],
        rows: audit.perUnit.rows,
      }),
      provenanceLine(audit.provenance),
    ],
  };
}

function pillarTable(s: Structure, name: (id: string) => string) {
  const weakest = (p: Structure['pillars'][number]) => {
    const pairs = p.correlations.pairs.flatMap((row, i) => row.slice(i + 1).map((pair) => pair.pearson.r));
    return pairs.length ? Math.min(...pairs) : NaN;
  };
  return table({
    title: 'Pillars',
    columns: [
      { key: 'node', header: 'Pillar', show: (v) => name(String(v)) },
      { key: 'alpha', header: 'Alpha', align: 'right', show: fixed(2) },
      { key: 'pc1', header: 'PC1 share', align: 'right', value: (p) => p.pc1.explained, show: percent },
      { key: 'min_r', header: 'Lowest r inside', align: 'right', value: weakest, show: fixed(2) },
    ],
    rows: s.pillars,
  });
}

function robustnessTables(r: Robust, name: (id: string) => string) {
  return [
    table({
      title: `Rank intervals over ${r.uncertainty.runs} runs (weights ±${Math.round(r.weightNoise * 100)}%, seed ${r.seed})`,
      columns: [
        { key: 'city', header: 'Unit', show: (v) => name(String(v)) },
        { key: 'nominal', header: 'Rank', align: 'right' },
        { key: 'q05', header: '5%', align: 'right' },
        { key: 'median', header: 'Median', align: 'right' },
        { key: 'q95', header: '95%', align: 'right' },
        {
          key: 'leading',
          header: 'Leading',
          align: 'right',
          value: (row) => row.tiers.leading,
          show: percent,
        },
        {
          key: 'advanced',
          header: 'Advanced',
          align: 'right',
          value: (row) => row.tiers.advanced,
          show: percent,
        },
        {
          key: 'following',
          header: 'Following',
          align: 'right',
          value: (row) => row.tiers.following,
          show: percent,
        },
      ],
      rows: r.uncertainty.rows,
    }),
    table({
      title: `Sobol indices (${r.sensitivity.samples} samples)`,
      columns: [
        { key: 'input', header: 'Input' },
        { key: 'first', header: 'First', align: 'right', show: fixed(3) },
        { key: 'total', header: 'Total', align: 'right', show: fixed(3) },
        {
          key: 'interval',
          header: 'Total 95%',
          value: (row) => row.totalInterval?.map((v) => v.toFixed(3)).join('–') ?? '–',
        },
      ],
      rows: r.sensitivity.rows,
    }),
    table({
      title: 'Remove one: mean and largest absolute rank shift',
      columns: [
        { key: 'node', header: 'Removed', show: (v) => name(String(v)) },
        { key: 'type', header: 'Type' },
        { key: 'meanAbsoluteChange', header: 'Mean', align: 'right', show: fixed(2) },
        { key: 'maxAbsoluteChange', header: 'Max', align: 'right' },
      ],
      rows: r.removeOne.slice(0, 10),
    }),
  ];
}
