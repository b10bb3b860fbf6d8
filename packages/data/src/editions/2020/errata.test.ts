import { describe, expect, it } from 'vitest';
import { copiedRun } from '../../../test/own-words.ts';
import { namesOnLine, proseAt, reportTables } from '../../../test/report/facts.ts';
import type { TableId } from '../../../test/report/tables.ts';
import { checkConsistency } from '../../consistency/index.ts';
import { erratumSchema, type Erratum } from '../../schema/index.ts';
import { consistencyInput2020 } from './consistency-input.ts';
import { errata } from './errata.ts';
import { published } from './published.ts';

const cellOf = ({ id, kind, table, row, column, printed, correct, city }: Erratum) => ({
  id,
  kind,
  table,
  row,
  column,
  printed,
  correct,
  city,
});

/** Every erratum id a published cell points to, with the field and the value printed there. */
function publishedLinks(): { erratum: string; printed: string | number }[] {
  const rowLinks = [
    ...published.overall.rows,
    ...published.pillars.flatMap((table) => table.rows),
    ...published.reputation.rows,
  ].flatMap((row) =>
    Object.entries(row.errata ?? {}).map(([field, erratum]) => ({
      erratum,
      printed: (row as Record<string, unknown>)[field === 'tier' ? 'printedTier' : field] as string | number,
    })),
  );
  const { upper, lower } = published.overall.thresholds;
  const textLinks = [
    { erratum: upper.erratum ?? '', printed: upper.value },
    { erratum: lower.erratum ?? '', printed: lower.value },
    ...published.text.nameMentions.map((mention) => ({
      erratum: mention.erratum ?? '',
      printed: mention.printed,
    })),
  ];
  return [...rowLinks, ...textLinks];
}

describe('errata', () => {
  it('are valid, with unique ids', () => {
    expect(errata.every((erratum) => erratumSchema.safeParse(erratum).success)).toBe(true);
    expect(new Set(errata.map((erratum) => erratum.id)).size).toBe(errata.length);
  });

  it('are exactly what the cross-table checks find in the printed report', () => {
    const found = checkConsistency(consistencyInput2020).map(({ message: _message, ...cell }) => cell);
    expect(found).toEqual(errata.map(cellOf).sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('are each pointed to by the published cell they correct, with the printed value', () => {
    const links = publishedLinks();
    const claimLinks = [...published.text.rankClaims, ...(published.text.proseFacts ?? [])].flatMap(
      (claim) => (claim.erratum ? [claim.erratum] : []),
    );
    expect([...links.map((link) => link.erratum), ...claimLinks].sort()).toEqual(
      errata.map((erratum) => erratum.id).sort(),
    );
    for (const link of links)
      expect(errata.find((erratum) => erratum.id === link.erratum)?.printed).toEqual(link.printed);
  });

  const tableCells = errata.filter((erratum) => erratum.table !== 'text' && erratum.column !== 'tier');
  it.each(tableCells)('$id: the report prints "$printed" at that cell', (erratum) => {
    const row = reportTables[erratum.table as TableId].rows[erratum.row - 1]?.cells ?? [];
    const label = erratum.table === 'overall' ? row[1] : row[0];
    const printed = { label, reputationRank: row[2], difference: row[4] }[erratum.column];
    expect(printed).toBe(String(erratum.printed));
  });

  const proseKinds = ['placeholder', 'wrong-term', 'contradiction'];
  it.each(
    errata.filter(
      (erratum) =>
        erratum.table === 'text' && erratum.kind !== 'text-claim' && !proseKinds.includes(erratum.kind),
    ),
  )('$id: line $row of the report prints "$printed"', ({ row, printed }) => {
    if (typeof printed === 'number') expect(proseAt(row).figures).toContain(String(printed));
    else expect(namesOnLine(row, printed)).toBe(true);
  });

  it.each(errata.filter((erratum) => proseKinds.includes(erratum.kind)))(
    '$id: line $row is prose and prints the figures of "$printed"',
    ({ row, printed }) => {
      const figures = proseAt(row).figures;
      for (const figure of String(printed).match(/\d+/g) ?? []) expect(figures).toContain(figure);
    },
  );

  it('finds the placeholder 1234 printed three times on the hotline line', () => {
    expect(proseAt(617).figures.filter((figure) => figure === '1234')).toHaveLength(3);
    expect(proseAt(190).figures).toEqual(expect.arrayContaining(['2014', '2015', '2017']));
    expect(proseAt(557).figures).toEqual(expect.arrayContaining(['20000', '10000']));
  });

  it("puts the Following label on Berlin's row, the cell the tier errata correct", () => {
    const levels = reportTables.overall.rows.map(({ cells }) => cells[0]);
    expect(levels.indexOf('Following') + 1).toBe(15);
    expect(errata.filter((erratum) => erratum.kind === 'tier-label').map((erratum) => erratum.row)).toEqual([
      15, 16,
    ]);
  });

  it.each(errata)('$id: the evidence is in our own words', (erratum) => {
    expect(copiedRun(erratum.evidence)).toBeUndefined();
  });
});
