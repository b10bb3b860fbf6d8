import type { PublishedOverallRow } from '../schema/index.ts';
import type { Context } from './context.ts';
import { finding, type Finding } from './finding.ts';
import { labelFindings } from './label-findings.ts';

function pillarColumnFindings(context: Context, row: PublishedOverallRow, city: string): Finding[] {
  return Object.entries(row.pillars).flatMap(([pillar, printed]) => {
    const correct = context.pillarScore(pillar, city);
    if (correct === undefined || correct === printed) return [];
    const message = `${context.nameOf(city)}'s ${pillar} score is ${correct} in its pillar table`;
    return [
      finding({
        kind: 'pillar-column',
        table: 'overall',
        row: row.row,
        column: pillar,
        printed,
        correct,
        city,
        message,
      }),
    ];
  });
}

function rowFindings(context: Context, row: PublishedOverallRow): Finding[] {
  const city = context.overallCity(row);
  const named = context.resolve(row.label);
  if (city === undefined) {
    return named === undefined
      ? labelFindings(context, 'overall', row.row, 'label', row.label)
      : pillarColumnFindings(context, row, named);
  }
  if (named === city) return labelFindings(context, 'overall', row.row, 'label', row.label);
  const correct = context.nameOf(city);
  const message = `row ${row.row} is labelled "${row.label}" but its five pillar columns are ${correct}'s`;
  return [
    finding({
      kind: 'row-label',
      table: 'overall',
      row: row.row,
      column: 'label',
      printed: row.label,
      correct,
      city,
      message,
    }),
  ];
}

/**
 * Identifies each overall row by its five pillar columns (the one city whose pillar-table scores they
 * equal) and flags a label naming another city (`row-label`), a misspelt label (`spelling`), or,
 * when no city matches, the columns that differ from the labelled city's pillar tables.
 */
export function checkOverallLabels(context: Context): Finding[] {
  return context.input.published.overall.rows.flatMap((row) => rowFindings(context, row));
}
