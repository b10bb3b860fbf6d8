import type { Verification, VerifiedCell } from '@smartcities/core/engine';
import type { Erratum } from '@smartcities/data/schema';
import { table, type Column, type View } from '../output/view.ts';
import type { Tone } from '../output/view.ts';

const statusTone = (v: unknown): Tone | undefined =>
  v === 'pass' ? 'green' : v === 'explained' ? 'yellow' : 'red';
const shown = (v: unknown) => (typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : String(v));

const cellColumns: Column<VerifiedCell>[] = [
  { key: 'table', header: 'Table' },
  { key: 'row', header: 'Row', align: 'right' },
  { key: 'column', header: 'Column' },
  { key: 'city', header: 'City' },
  { key: 'printed', header: 'Printed', align: 'right', show: shown },
  { key: 'computed', header: 'Computed', align: 'right', show: shown },
  {
    key: 'difference',
    header: 'Difference',
    align: 'right',
    show: (v) => (typeof v === 'number' ? v.toFixed(3) : '–'),
  },
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

function summary(report: Verification): string {
  const verdict = report.failed === 0 ? 'the report is reproduced' : `${report.failed} cells FAIL`;
  return `${report.cells} published cells checked: ${report.passed} pass, ${report.explained} explained by errata, ${report.failed} fail; ${verdict}.`;
}

/**
 * The reproduction report: a summary, the cells that are not plain passes (every cell in JSON and
 * CSV) and, with `errata`, each printing error with its evidence.
 */
export function verifyView(report: Verification, errata?: readonly Erratum[]): View {
  const all = table({ columns: cellColumns, rows: report.rows });
  const notable = table({
    title: 'Cells that differ from print',
    columns: cellColumns,
    rows: report.rows.filter((r) => r.status !== 'pass'),
  });
  const blocks: View['blocks'] = [summary(report), notable];
  if (errata) {
    blocks.push(table({ title: 'Errata', columns: errataColumns, rows: [...errata] }));
    blocks.push(errata.map((e) => `${e.id}: ${e.evidence}`).join('\n'));
  }
  return { json: errata ? { ...report, errata } : report, blocks, csv: all };
}
