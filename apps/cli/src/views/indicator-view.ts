import type { IndicatorProfile, IndicatorRow, Provenance } from '@smartcities/core/engine';
import type { ReportPlace } from '@smartcities/data/schema';
import { table, type Column, type View } from '../output/view.ts';
import { provenanceLine } from './provenance.ts';
import { fixed, percent } from './show.ts';

const columns: Column<IndicatorRow>[] = [
  { key: 'rank', header: 'Rank', align: 'right' },
  { key: 'city', header: 'city', only: 'csv' },
  { key: 'name', header: 'City' },
  { key: 'value', header: 'Value', align: 'right', show: fixed() },
  { key: 'score', header: 'Score', align: 'right', show: fixed() },
];

/** Where a fact sits in the report, e.g. "section 2.1, p. 11, line 323, table 2-1". */
export const placeText = (place: ReportPlace): string =>
  [
    `section ${place.section}`,
    `p. ${place.page}`,
    `line ${place.line}`,
    ...(place.table ? [`table ${place.table}`] : []),
    ...(place.figure ? [`figure ${place.figure}`] : []),
  ].join(', ');

const r = (value: number | null | undefined) => (value == null ? '–' : value.toFixed(2));

function header(p: IndicatorProfile): string[] {
  const note = p.note;
  const title = `${p.name} (${p.id}), pillar ${p.pillar}; ${p.direction === 1 ? 'higher is better' : 'lower is better'}`;
  const lines = [
    `Weight ${percent(p.weight)} of its pillar, effective ${percent(p.effectiveWeight)} of the index`,
    `Median ${fixed()(p.median)}, range ${fixed()(p.min)} to ${fixed()(p.max)}`,
    `Correlation (Pearson r) with ${p.correlations?.pillar.with ?? 'its pillar'} ${r(p.correlations?.pillar.r)}, with the index ${r(p.correlations?.index.r)}`,
  ];
  if (!note) return [title, ...lines];
  return [
    title,
    `${note.definition.en} (${placeText(note.definitionPlace)})`,
    `Unit: ${note.unit.en}. Scale: ${note.scale.en}`,
    `Sources: ${note.sources.map((s) => `${s.name} (${placeText(s.place)})`).join('; ')}`,
    ...lines,
    'Caveats:',
    ...note.caveats.map((c) => `  · ${c.text.en} (${placeText(c.place)})`),
  ];
}

/** An indicator: its note (definition, sources, caveats with places), weights, median, correlations and the ranking. */
export function indicatorView(profile: IndicatorProfile, provenance: Provenance): View {
  return {
    json: { provenance, indicator: profile },
    blocks: [header(profile).join('\n'), table({ columns, rows: profile.rows }), provenanceLine(provenance)],
  };
}
