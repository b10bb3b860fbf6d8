import type { Context } from './context.ts';
import type { Finding } from './finding.ts';
import { labelFindings } from './label-findings.ts';

/** Flags every row label of tables 2-1 to 2-6, and every city name recorded from the prose, that is not the canonical name. */
export function checkLabels(context: Context): Finding[] {
  const { pillars, reputation, text } = context.input.published;
  return [
    ...pillars.flatMap((table) =>
      table.rows.flatMap((row) => labelFindings(context, table.table, row.row, 'label', row.label)),
    ),
    ...reputation.rows.flatMap((row) => labelFindings(context, '2-6', row.row, 'label', row.label)),
    ...text.nameMentions.flatMap((mention) =>
      labelFindings(context, 'text', mention.line, 'city-name', mention.printed),
    ),
  ];
}
