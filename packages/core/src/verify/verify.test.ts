import { describe, expect, it } from 'vitest';
import { edition2020 } from '@smartcities/data';
import { verify } from './verify.ts';

const edition = edition2020;

describe('verify() on the 2020 edition (golden: the report reproduced)', () => {
  const report = verify(edition);

  it('recomputes every checked result cell with nothing failing', () => {
    expect(report.failed).toBe(0);
    expect(report.cells).toBe(report.passed + report.explained);
    // 20 overall rows x 9 cells, 2 cut-offs, 3 tier counts, 5 tables x 20 rows x 3 cells, 2-6: 20 x 4 + total
    expect(report.rows.filter((r) => r.table === 'overall')).toHaveLength(180);
    expect(report.rows.filter((r) => /^2-[1-5]$/.test(r.table))).toHaveLength(300);
    expect(report.rows.filter((r) => r.table === '2-6')).toHaveLength(81);
  });

  it('reproduces every overall and pillar rank and tier exactly, and every score within 0.1', () => {
    const ranks = report.rows.filter((r) => r.column === 'rank' || r.column === 'tier');
    expect(ranks.length).toBe(20 * 2 + 100);
    for (const r of ranks) expect(r.status === 'pass' || r.erratum !== undefined).toBe(true);
    const scoreColumns = ['score', ...edition2020.pillars.map((p) => p.id)];
    const scores = report.rows.filter((r) => scoreColumns.includes(r.column));
    expect(scores).toHaveLength(20 * 6 + 100);
    for (const r of scores) expect(Math.abs(r.difference!)).toBeLessThanOrEqual(0.1 + 1e-9);
  });

  it('explains exactly the cells that the errata correct, and only those', () => {
    const explained = report.rows
      .filter((r) => r.status === 'explained')
      .map((r) => r.erratum)
      .sort();
    const cellErrata = edition2020.errata
      .map((e) => e.id)
      .filter((id) => report.rows.some((r) => r.erratum === id))
      .sort();
    expect(explained).toEqual(cellErrata);
    expect(explained).toContain('E-overall-r19-label');
    expect(explained).toContain('E-2-6-r8-reputationRank');
  });

  it('finds London first with 100 and the printed tier thresholds off by mean ± one population SD', () => {
    const london = report.rows.find((r) => r.table === 'overall' && r.row === 1 && r.column === 'score')!;
    expect(london).toMatchObject({ computed: 100, status: 'pass' });
    const upper = report.rows.find((r) => r.column === 'threshold-upper')!;
    expect(upper).toMatchObject({ printed: 96.1, status: 'explained' });
    expect(upper.computed).toBeCloseTo(96.802, 3);
  });
});

describe('verify() fails what it cannot explain', () => {
  it('fails a cell when an indicator value is changed', () => {
    const values = {
      ...edition2020.dataset.values,
      london: { ...edition2020.dataset.values.london, 'mobile-phone': 50 },
    };
    const report = verify({ ...edition, dataset: { ...edition2020.dataset, values } });
    const failed = report.rows.filter((r) => r.status === 'fail');
    expect(
      failed.some((r) => r.table === '2-1' && r.city === 'london' && r.column === 'infrastructure'),
    ).toBe(true);
  });

  it('fails an erratum whose correction the engine does not reproduce, or that corrects a right cell', () => {
    const errata = edition2020.errata.map((e) =>
      e.id === 'E-2-6-r8-reputationRank' ? { ...e, correct: 6 } : e,
    );
    const report = verify({ ...edition, errata });
    expect(report.rows.find((r) => r.erratum === 'E-2-6-r8-reputationRank')!.status).toBe('fail');
  });

  it('fails a misspelt city name when no alias says which city it means', () => {
    const report = verify({ ...edition, aliases: {} });
    expect(report.rows.filter((r) => r.status === 'fail').map((r) => r.printed)).toEqual([
      'Bombay',
      'Bombay',
    ]);
  });
});
