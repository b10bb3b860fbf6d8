import type { Audit } from './audit.ts';
import { barChart, rankIntervals } from './audit-svg.ts';
import { escapeHtml as esc, num } from './html-escape.ts';
import { figure, look, namer, pct, type Text } from './html-parts.ts';
import { htmlTable } from './html-table.ts';
import { fill } from './html-text.ts';

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
