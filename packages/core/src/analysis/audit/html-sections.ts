import type { Audit } from './audit.ts';
import { barChart, heatmap, rankIntervals } from './audit-svg.ts';
import { escapeHtml as esc, num } from './html-escape.ts';
import { htmlTable } from './html-table.ts';
import { fill, reportText } from './html-text.ts';

type Text = (typeof reportText)[keyof typeof reportText];

const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–');

function look(t: Text, key: keyof Text['lookForText']): string {
  return `<p class="look"><strong>${esc(t.lookFor)}:</strong> ${esc(t.lookForText[key])}</p>`;
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

function namer(audit: Audit): (id: string) => string {
  const names = new Map([...audit.nodes, ...audit.units].map((n) => [n.id, n.name]));
  return (id) => names.get(id) ?? id;
}

/** The data section: summary, units under 65% availability, and one row per indicator. */
export function sectionData(audit: Audit, t: Text): string {
  const d = audit.data;
  const low = d.units.filter((u) => u.availability < 0.65);
  const name = namer(audit);
  return [
    `<h2>${esc(t.data)}</h2>`,
    look(t, 'data'),
    `<p>${esc(fill(t.summary, { imputed: d.imputed.length, treated: d.treated.length, screened: d.screened.length }))}</p>`,
    `<p>${esc(t.lowUnits)}: ${esc(low.map((u) => `${name(u.unit)} (${pct(u.availability)})`).join(', ') || t.none)}</p>`,
    htmlTable(
      t.data,
      [
        { header: t.indicator, cell: (r) => name(r.indicator) },
        { header: t.availability, cell: (r) => pct(r.availability), numeric: true },
        { header: t.imputed, cell: (r) => String(r.imputed), numeric: true },
        { header: `${t.skewness} (${t.before})`, cell: (r) => num(r.skewness), numeric: true },
        { header: `${t.skewness} (${t.after})`, cell: (r) => num(r.skewnessAfter), numeric: true },
        { header: `${t.kurtosis} (${t.before})`, cell: (r) => num(r.kurtosis), numeric: true },
        { header: `${t.kurtosis} (${t.after})`, cell: (r) => num(r.kurtosisAfter), numeric: true },
        { header: t.action, cell: (r) => (r.action === 'none' ? t.none : r.action) },
      ],
      d.indicators,
    ),
  ].join('\n');
}

/** The structure section: heatmaps, pillar coherence, indicators against pillar and index, weights. */
export function sectionStructure(audit: Audit, t: Text): string {
  const s = audit.structure;
  const name = namer(audit);
  const weights = new Map(s.effectiveWeights.map((w) => [w.indicator, w]));
  return [
    `<h2>${esc(t.structure)}</h2>`,
    look(t, 'structure'),
    figure(heatmap(t.heatmap, s.heatmap.ids.map(name), s.heatmap.r), t.heatmap),
    figure(
      heatmap(
        t.betweenPillars,
        s.betweenPillars.ids.map(name),
        s.betweenPillars.pairs.map((row) => row.map((p) => p.pearson.r)),
      ),
      t.betweenPillars,
    ),
    htmlTable(
      t.pillar,
      [
        { header: t.pillar, cell: (p) => name(p.node) },
        { header: t.alpha, cell: (p) => num(p.alpha), numeric: true },
        { header: t.pc1, cell: (p) => pct(p.pc1.explained), numeric: true },
        {
          header: 'PC1',
          cell: (p) => p.pc1.loadings.map((l) => `${name(l.id)} ${num(l.loading)}`).join('; '),
        },
      ],
      s.pillars,
    ),
    htmlTable(
      t.indicator,
      [
        { header: t.indicator, cell: (r) => name(r.indicator) },
        { header: t.pillar, cell: (r) => name(r.pillar) },
        {
          header: `${t.withPillar} (Pearson, p)`,
          cell: (r) => `${num(r.withPillar.pearson.r)} (${num(r.withPillar.pearson.p, 3)})`,
          numeric: true,
        },
        { header: `${t.withPillar} (Spearman)`, cell: (r) => num(r.withPillar.spearman.r), numeric: true },
        {
          header: `${t.withIndex} (Pearson, p)`,
          cell: (r) => `${num(r.withIndex.pearson.r)} (${num(r.withIndex.pearson.p, 3)})`,
          numeric: true,
        },
        { header: t.nominal, cell: (r) => pct(weights.get(r.indicator)!.nominal), numeric: true },
        { header: t.r2Share, cell: (r) => pct(weights.get(r.indicator)!.r2Share), numeric: true },
      ],
      s.indicators,
    ),
  ].join('\n');
}

/** The robustness section: rank intervals and tiers, Sobol bars with intervals, remove-one shifts. */
export function sectionRobustness(audit: Audit, t: Text): string {
  const r = audit.robustness;
  const name = namer(audit);
  const intervalTitle = fill(t.rankInterval, {
    runs: r.uncertainty.runs,
    noise: Math.round(r.weightNoise * 100),
  });
  const sobolTitle = fill(t.sobol, { samples: r.sensitivity.samples });
  const label = (input: string) => name(input.replace(/^weight:/, ''));
  const sobol = (pick: 'first' | 'total') =>
    r.sensitivity.rows.map((row) => ({
      label: label(row.input),
      value: row[pick],
      lo: row[`${pick}Interval`]?.[0] ?? null,
      hi: row[`${pick}Interval`]?.[1] ?? null,
    }));
  const shifts = r.removeOne
    .slice(0, 25)
    .map((row) => ({ label: name(row.node), value: row.meanAbsoluteChange }));
  return [
    `<h2>${esc(t.robustness)}</h2>`,
    look(t, 'robustness'),
    figure(
      rankIntervals(
        intervalTitle,
        r.uncertainty.rows.map((row) => ({ ...row, label: name(row.city) })),
        audit.units.length,
      ),
      intervalTitle,
    ),
    htmlTable(
      t.tiers,
      [
        { header: t.unit, cell: (row) => name(row.city) },
        {
          header: t.rank,
          cell: (row) => `${num(row.nominal, 0)} (${num(row.q05, 0)}–${num(row.q95, 0)})`,
          numeric: true,
        },
        { header: t.leading, cell: (row) => pct(row.tiers.leading), numeric: true },
        { header: t.advanced, cell: (row) => pct(row.tiers.advanced), numeric: true },
        { header: t.following, cell: (row) => pct(row.tiers.following), numeric: true },
      ],
      r.uncertainty.rows,
    ),
    `<h3>${esc(sobolTitle)}</h3>`,
    figure(barChart(`${t.first}: ${sobolTitle}`, sobol('first'), 1), t.first),
    figure(barChart(`${t.total}: ${sobolTitle}`, sobol('total'), 1), t.total),
    `<h3>${esc(t.removeOne)}</h3>`,
    figure(barChart(t.removeOne, shifts), t.removeOne),
  ].join('\n');
}

/** Each unit's best and worst indicators. */
export function sectionUnits(audit: Audit, t: Text): string {
  const name = namer(audit);
  const list = (items: { indicator: string; rank: number }[]) =>
    items.map((i) => `${name(i.indicator)} (${i.rank})`).join(', ');
  return [
    `<h2>${esc(t.units)}</h2>`,
    look(t, 'units'),
    htmlTable(
      t.units,
      [
        { header: t.rank, cell: (row) => num(row.rank, 0), numeric: true },
        { header: t.unit, cell: (row) => name(row.unit) },
        { header: t.strengths, cell: (row) => list(row.strengths) },
        { header: t.weaknesses, cell: (row) => list(row.weaknesses) },
      ],
      audit.perUnit.rows,
    ),
  ].join('\n');
}
