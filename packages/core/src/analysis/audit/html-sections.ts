import type { Audit } from './audit.ts';
import { heatmap } from './audit-svg.ts';
import { escapeHtml as esc, num } from './html-escape.ts';
import { figure, look, namer, pct, type Text } from './html-parts.ts';
import { htmlTable } from './html-table.ts';
import { fill } from './html-text.ts';

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
