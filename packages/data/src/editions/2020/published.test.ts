import { describe, expect, it } from 'vitest';
import { proseAt, reportTables } from '../../../test/report/facts.ts';
import type { TableId } from '../../../test/report/tables.ts';
import { tierOf } from '../../consistency/index.ts';
import { publishedSchema } from '../../schema/index.ts';
import { pillarIds } from './ids.ts';
import { published } from './published.ts';

const tierOfLevel = { Leading: 'leading', Advanced: 'advanced', Following: 'following' } as const;

function printedOverallRows() {
  let level: keyof typeof tierOfLevel = 'Leading';
  return reportTables.overall.rows.map(({ cells }, index) => {
    const [levelCell, label, ...numbers] = cells;
    if (levelCell) level = levelCell as keyof typeof tierOfLevel;
    const [score, rank] = numbers.slice(5).map(Number);
    const pillars = Object.fromEntries(pillarIds.map((pillar, column) => [pillar, Number(numbers[column])]));
    return { row: index + 1, label, printedTier: tierOfLevel[level], pillars, score, rank };
  });
}

describe('published', () => {
  it('is valid against the published schema', () => {
    expect(publishedSchema.safeParse(published).success).toBe(true);
  });

  it('holds every overall row with its printed label, level, pillar columns, score and rank', () => {
    const ours = published.overall.rows.map(({ row, label, printedTier, pillars, score, rank }) => ({
      row,
      label,
      printedTier,
      pillars,
      score,
      rank,
    }));
    expect(ours).toEqual(printedOverallRows());
  });

  it.each(published.pillars)('holds table $table row by row (label, score, rank)', (table) => {
    const printed = reportTables[table.table as TableId].rows.map(({ cells }, index) => ({
      row: index + 1,
      label: cells[0],
      score: Number(cells.at(-2)),
      rank: Number(cells.at(-1)),
    }));
    expect(table.rows.map(({ row, label, score, rank }) => ({ row, label, score, rank }))).toEqual(printed);
  });

  it('holds table 2-6 row by row and its printed total', () => {
    const [total, ...rows] = reportTables['2-6'].rows.map(({ cells }) => cells).reverse();
    const printed = rows
      .reverse()
      .map(([label, papers, reputationRank, smartCityRank, difference], index) => ({
        row: index + 1,
        label,
        papers: Number(papers),
        reputationRank: Number(reputationRank),
        smartCityRank: Number(smartCityRank),
        difference: Number(difference),
      }));
    expect(published.reputation.rows.map(({ city: _city, errata: _errata, ...row }) => row)).toEqual(printed);
    expect(total?.slice(0, 2)).toEqual(['Total', String(published.reputation.total)]);
  });

  it('records the thresholds and tier sizes on the lines of the text that state them', () => {
    const { upper, lower } = published.overall.thresholds;
    expect([upper.value, lower.value]).toEqual([96.1, 72.9]);
    for (const line of [...upper.lines, ...lower.lines]) expect(proseAt(line).terms).toContain('level');
    expect(upper.lines.map((line) => proseAt(line).figures.includes('96.1'))).toEqual([true, true]);
    expect(lower.lines.map((line) => proseAt(line).figures.includes('72.9'))).toEqual([true, true]);
    const { leading, advanced, following } = published.overall.tierCounts;
    const stated = (line: number, count: string, tier: string) => ({
      count: proseAt(line).figures.includes(count),
      terms: [tier, 'cities'].every((term) => proseAt(line).terms.includes(term)),
    });
    const both = { count: true, terms: true };
    expect(stated(leading.line, 'three', 'leading')).toEqual(both);
    expect(stated(advanced.line, String(advanced.count), 'advanced')).toEqual(both);
    expect(stated(following.line, 'four', 'following')).toEqual(both);
    expect([leading.count, advanced.count, following.count]).toEqual([3, 13, 4]);
  });

  it('gives each overall row the tier its score earns, differing from the printed tier only where an erratum says so', () => {
    const { rows, thresholds } = published.overall;
    expect(rows.map((row) => row.tier)).toEqual(rows.map((row) => tierOf(row.score, thresholds)));
    expect(
      rows.filter((row) => row.tier !== row.printedTier).map((row) => [row.city, row.errata?.tier]),
    ).toEqual([
      ['berlin', 'E-overall-r15-tier'],
      ['moscow', 'E-overall-r16-tier'],
    ]);
  });

  it('names, for each overall row, the city whose pillar values it holds', () => {
    expect(published.overall.rows.slice(17).map((row) => [row.label, row.city])).toEqual([
      ['Buenos', 'buenos-aires'],
      ['Ellis', 'rio-de-janeiro'],
      ['Rio de Janeiro', 'cairo'],
    ]);
  });
});
