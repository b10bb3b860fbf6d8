import { describe, expect, it } from 'vitest';
import { edition2020 } from '@smartcities/data';
import { verify, verifyPrintedScores } from './verify.ts';
import type { VerifiedCell } from './types.ts';

const edition = edition2020;
const report = verify(edition);
const find = (rows: VerifiedCell[], table: string, city: string, column: string) =>
  rows.find((r) => r.table === table && r.city === city && r.column === column)!;

describe('verify() on the 2020 edition (golden: the report reproduced)', () => {
  it('gives each of the 760 printed numbers one status, none failed', () => {
    expect(report.summary.cells).toBe(760);
    const { exact, rounding, erratum, failed } = report.summary;
    expect(exact + rounding + erratum).toBe(760);
    expect(failed).toBe(0);
    const keys = new Set(report.rows.map((r) => `${r.table}|${r.row}|${r.column}`));
    expect(keys.size).toBe(760);
  });

  it.each([
    ['overall', 60],
    ['2-1', 20 * (4 + 2)],
    ['2-2', 20 * (4 + 2)],
    ['2-3', 20 * (4 + 2)],
    ['2-4', 20 * (5 + 2)],
    ['2-5', 20 * (4 + 2)],
    ['2-6', 80],
  ])('counts the printed numbers of table %s (%d)', (table, cells) => {
    expect(report.rows.filter((r) => r.table === table)).toHaveLength(cells);
  });

  it('keeps names, the second printing of pillar scores, the total and prose claims apart', () => {
    const columns = new Set(report.other.rows.map((r) => r.column));
    expect(columns.has('label') && columns.has('total') && columns.has('city-name')).toBe(true);
    expect(
      report.rows.some(
        (r) => r.column === 'label' || (typeof r.published === 'string' && r.column !== 'tier'),
      ),
    ).toBe(false);
    expect(report.other.summary.failed).toBe(0);
  });

  it('shows Beijing printed 92.8, computed 92.7, within the rounding its inputs allow', () => {
    const beijing = find(report.rows, 'overall', 'beijing', 'score');
    expect(beijing).toMatchObject({ published: 92.8, computed: 92.7, status: 'rounding' });
    expect(beijing.bound).toBeGreaterThan(0.05);
    expect(beijing.bound).toBeLessThan(0.15);
  });

  it('rounds Beijing service 91.95 half up to the printed 92.0 (exact)', () => {
    const service = find(report.rows, '2-3', 'beijing', 'service');
    expect(service).toMatchObject({ published: 92, computed: 92, status: 'exact', bound: 0.05 });
    expect(service.unrounded).toBeCloseTo(91.95, 10);
  });

  it('gives the leader, who is 100 by construction, a bound of 0', () => {
    expect(find(report.rows, 'overall', 'london', 'score')).toMatchObject({
      computed: 100,
      bound: 0,
      status: 'exact',
    });
  });

  it('marks as erratum exactly the printed numbers an erratum corrects', () => {
    const marked = report.rows.filter((r) => r.status === 'erratum').map((r) => r.erratum);
    expect(marked).toEqual([
      'E-overall-r15-tier',
      'E-overall-r16-tier',
      'E-2-6-r8-reputationRank',
      'E-2-6-r8-difference',
    ]);
  });

  it('compares every printed input and paper count with the dataset, all exact', () => {
    const inputs = report.rows.filter(
      (r) => r.table.startsWith('2-') && edition2020.indicators.some((i) => i.id === r.column),
    );
    expect(inputs).toHaveLength(420);
    expect(inputs.every((r) => r.status === 'exact' && r.bound === 0)).toBe(true);
    const papers = report.rows.filter((r) => r.column === 'papers');
    expect(papers.map((r) => r.status)).toEqual(Array(20).fill('exact'));
  });
});

describe('verify() fails what it cannot explain', () => {
  const nudged = (city: 'london', indicator: 'mobile-phone', by: number) => ({
    ...edition2020.dataset,
    values: {
      ...edition2020.dataset.values,
      [city]: {
        ...edition2020.dataset.values[city],
        [indicator]: edition2020.dataset.values[city]![indicator]! + by,
      },
    },
  });

  it.each([0.1, -0.1])('fails the printed input when London mobile phone moves by %d', (by) => {
    const mutated = verify({ ...edition, dataset: nudged('london', 'mobile-phone', by) });
    expect(mutated.summary.failed).toBeGreaterThan(0);
    expect(find(mutated.rows, '2-1', 'london', 'mobile-phone').status).toBe('failed');
  });

  it.each([1, -1])('fails the printed paper count when Beijing has %d paper more', (by) => {
    const papers = { ...edition2020.papers, beijing: edition2020.papers.beijing + by };
    const mutated = verify({ ...edition, papers });
    expect(find(mutated.rows, '2-6', 'beijing', 'papers').status).toBe('failed');
  });

  it('fails a pillar score that moves by more than its rounding bound', () => {
    const mutated = verify({ ...edition, dataset: nudged('london', 'mobile-phone', 2) });
    expect(find(mutated.rows, '2-1', 'london', 'infrastructure').status).toBe('failed');
  });

  it('fails an erratum whose correction the engine does not reproduce', () => {
    const errata = edition2020.errata.map((e) =>
      e.id === 'E-2-6-r8-reputationRank' ? { ...e, correct: 6 } : e,
    );
    expect(find(verify({ ...edition, errata }).rows, '2-6', 'hong-kong', 'reputationRank').status).toBe(
      'failed',
    );
  });

  it('fails a misspelt city name when no alias says which city it means', () => {
    const mutated = verify({ ...edition, aliases: {} });
    expect(mutated.other.rows.filter((r) => r.status === 'failed').map((r) => r.published)).toEqual([
      'Bombay',
      'Bombay',
    ]);
  });
});

describe('verifyPrintedScores()', () => {
  it('judges the printed scores, ranks and tiers as verify() does, and nothing else', () => {
    const printed = verifyPrintedScores(edition).rows;
    const isScoreCell = (r: VerifiedCell) =>
      r.table === 'overall' ||
      (r.table.startsWith('2-') && r.table !== '2-6' && (r.column === 'rank' || r.unrounded !== undefined));
    expect(printed).toHaveLength(60 + 5 * 40);
    expect(printed).toEqual(report.rows.filter(isScoreCell));
  });
});
