import type { StatusCounts, Verification, VerifiedCell } from '@smartcities/core/engine';
import type { Erratum } from '@smartcities/data/schema';
import { table, type Column, type Tone, type View } from '../output/view.ts';

const statusTone = (v: unknown): Tone | undefined =>
  v === 'exact' ? 'green' : v === 'rounding' ? 'cyan' : v === 'erratum' ? 'yellow' : 'red';

const cellColumns: Column<VerifiedCell>[] = [
  { key: 'table', header: 'Table' },
  { key: 'row', header: 'Row', align: 'right' },
  { key: 'column', header: 'Column' },
  { key: 'city', header: 'City' },
  { key: 'published', header: 'Printed', align: 'right' },
  { key: 'computed', header: 'Computed', align: 'right' },
  { key: 'unrounded', header: 'Unrounded', only: 'csv' },
  { key: 'bound', header: 'Bound', align: 'right', show: (v) => (typeof v === 'number' ? `±${v}` : '–') },
  { key: 'status', header: 'Status', tone: statusTone },
  { key: 'erratum', header: 'Erratum' },
];

const errataColumns: Column<Erratum>[] = [
  { key: 'id', header: 'Erratum' },
  { key: 'table', header: 'Table' },
  { key: 'row', header: 'Row', align: 'right' },
  { key: 'column', header: 'Column' },
  { key: 'printed', header: 'Printed' },
  { key: 'correct', header: 'Correct' },
  { key: 'evidence', header: 'Evidence', only: 'csv' },
];

/** The counts in plain words, as /methodology states them. */
export function summaryLine({ cells, exact, rounding, erratum, failed }: StatusCounts, what: string): string {
  return `${cells} ${what}: ${exact} exact, ${rounding} within input rounding, ${erratum} explained by errata, ${failed} failed.`;
}

/**
 * The replication report: the counts, the printed numbers that are not exact, the names and prose
 * claims apart, and with `errata` each printing error with its evidence. JSON holds everything;
 * CSV every printed number.
 */
export function verifyView(report: Verification, errata?: readonly Erratum[]): View {
  const notExact = (rows: VerifiedCell[]) => rows.filter((r) => r.status !== 'exact');
  const blocks: View['blocks'] = [
    summaryLine(report.summary, 'printed numbers'),
    table({ title: 'Printed numbers that are not exact', columns: cellColumns, rows: notExact(report.rows) }),
    summaryLine(report.other.summary, 'names, second printings and prose claims'),
    table({
      title: 'Names and prose claims that are not exact',
      columns: cellColumns,
      rows: notExact(report.other.rows),
    }),
  ];
  if (errata) {
    blocks.push(table({ title: 'Errata', columns: errataColumns, rows: [...errata] }));
    blocks.push(errata.map((e) => `${e.id}: ${e.evidence}`).join('\n'));
  }
  const csv = table({ columns: cellColumns, rows: report.rows });
  return { json: errata ? { ...report, errata } : report, blocks, csv };
}
