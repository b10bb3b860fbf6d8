import type { Explanation, ExplainJson, ExplainJsonRow } from '@smartcities/core/analysis';
import type { Column, View } from '../output/view.ts';
import { table } from '../output/view.ts';
import { provenanceLine } from './provenance.ts';
import { fixed, gainTone, signed } from './show.ts';

type Row = ExplainJsonRow & { name: string };

const rankMove = (r: Row) => `${r.rankFrom ?? '–'} → ${r.rankTo ?? '–'}`;

function componentColumns(names: readonly string[], only?: 'csv'): Column<Row>[] {
  return names.map((name) => ({
    key: name,
    header: name,
    align: 'right',
    ...(only && { only }),
    value: (r: Row) => r.contributions?.[name] ?? null,
    show: signed(2),
    tone: gainTone,
  }));
}

function columns(explanation: Explanation, names: (id: string) => string): Column<Row>[] {
  const listed = (pick: (r: Row) => { city: string }[]) => (r: Row) =>
    pick(r)
      .map((p) => names(p.city))
      .join(', ');
  const others = explanation.components.filter((c) => !explanation.differing.includes(c));
  return [
    { key: 'city', header: 'City', only: 'csv' },
    { key: 'name', header: 'City' },
    { key: 'from', header: 'From', align: 'right', show: fixed(2) },
    { key: 'to', header: 'To', align: 'right', show: fixed(2) },
    { key: 'change', header: 'Change', align: 'right', show: signed(2), tone: gainTone },
    { key: 'rankFrom', header: 'Rank from', only: 'csv' },
    { key: 'rankTo', header: 'Rank to', only: 'csv' },
    { key: 'rank', header: 'Rank', align: 'right', only: 'table', value: rankMove },
    ...componentColumns(explanation.differing),
    ...componentColumns(others, 'csv'),
    { key: 'passed', header: 'Passed', value: listed((r) => r.passed) },
    { key: 'passedBy', header: 'Passed by', value: listed((r) => r.passedBy) },
    { key: 'tierFrom', header: 'Tier from', only: 'csv' },
    { key: 'tierTo', header: 'Tier to', only: 'csv' },
  ];
}

/** How ids show: cities by `unit`, pillars and indicators by `node`. */
export interface Names {
  unit: (id: string) => string;
  node: (id: string) => string;
}

/** The parts of one city's change, largest first, as "name +1.23" lines. */
function partsLines(
  title: string,
  parts: Record<string, number> | null,
  names: (id: string) => string,
): string[] {
  if (!parts) return [];
  const sorted = Object.entries(parts)
    .filter(([, v]) => v !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return sorted.length === 0
    ? []
    : [`${title}: ${sorted.map(([k, v]) => `${names(k)} ${signed(3)(v)}`).join(', ')}`];
}

function detail(row: Row, names: Names): string[] {
  const pass = (verb: string, list: Row['passed']) =>
    list.map(
      (p) =>
        `${verb} ${names.unit(p.city)} (change of the gap: ${partsLines('', p.components, (c) => c)[0]?.slice(2) ?? 'none'})`,
    );
  const tiers = row.tierCrossings.map(
    (c) =>
      `tier ${row.tierFrom} → ${row.tierTo}: the ${c.threshold} threshold moved ${c.thresholdFrom.toFixed(2)} → ${c.thresholdTo.toFixed(2)} (cause: ${c.cause})`,
  );
  return [
    ...partsLines('by component', row.contributions, (c) => c),
    ...partsLines('by pillar', row.byPillar, names.node),
    ...partsLines('by indicator', row.byIndicator, names.node),
    ...pass('passed', row.passed),
    ...pass('passed by', row.passedBy),
    ...tiers,
  ];
}

/**
 * Why each city moved between two scenarios: JSON `{ ...explainJson, provenance, rows }`, a
 * table with the change split by component (and, for one city, by pillar and indicator, passes
 * and tier changes), and a CSV with every component's contribution.
 */
export function explainView(explanation: Explanation, json: ExplainJson, names: Names): View {
  const rows: Row[] = json.rows.map((r) => ({ ...r, name: names.unit(r.city) }));
  const single = rows.length === 1 ? detail(rows[0]!, names).join('\n') : '';
  const differing = explanation.differing.length === 0 ? 'none' : explanation.differing.join(', ');
  return {
    json: { ...json, provenance: { from: explanation.from.provenance, to: explanation.to.provenance }, rows },
    blocks: [
      `Why did it move? Components that differ: ${differing} (${explanation.scorings} scorings)`,
      table({ columns: columns(explanation, names.unit), rows }),
      ...(single ? [single] : []),
      `from: ${provenanceLine(explanation.from.provenance)}\nto:   ${provenanceLine(explanation.to.provenance)}`,
    ],
  };
}
