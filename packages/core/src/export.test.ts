import { describe, expect, it } from 'vitest';
import { edition2020 } from '@smartcities/data';
import { exportDocument, exportSheets } from './export.ts';
import { score } from './score.ts';

const result = score(edition2020.dataset);

describe('exportDocument()', () => {
  const doc = exportDocument(edition2020, result);

  it('holds the edition, its inputs, the published table 2-6 with papers, errata and results', () => {
    expect(doc.edition.id).toBe('2020');
    expect(doc.cities).toHaveLength(20);
    expect(doc.values['hong-kong']!['mobile-phone']).toBe(100);
    expect(doc.published.papers.beijing).toBe(72);
    expect(doc.errata.length).toBe(edition2020.errata.length);
    expect(doc.results.rows[0]).toMatchObject({ rank: 1, city: 'london', score: 100, tier: 'leading' });
    expect(doc.results.reputation.total).toBe(519);
  });

  it('names the source: the record, its one-line note and a citation', () => {
    expect(doc.source?.title.en).toBe('Global Smart Cities 2020');
    expect(doc.source?.line).toMatch(/^Source: Global Smart Cities 2020 .*, 2020\. /);
    expect(doc.source?.citation).toContain('(2020)');
    const { source: _source, ...edition } = edition2020;
    expect(exportDocument(edition, result)).not.toHaveProperty('source');
  });

  it('survives a JSON round trip unchanged (no typed arrays or NaN inside)', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('exportSheets()', () => {
  const sheets = exportSheets(edition2020, result);
  const doc = exportDocument(edition2020, result);

  it('gives flat tables of results, indicators, pillars, reputation, errata, source and framework', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      'results',
      'indicators',
      'pillars',
      'reputation',
      'errata',
      'source',
      'framework',
    ]);
    expect(sheets[6]!.rows[0]).toEqual({
      id: 'index',
      parent: '',
      type: 'aggregate',
      weight: 1,
      direction: 1,
      name: 'Smart city index',
      source: null,
    });
    expect(doc.framework).toEqual(sheets[6]!.rows);
    expect(sheets[5]!.rows[0]).toEqual({ field: 'source', value: doc.source!.line });
    const london = sheets[0]!.rows.find((r) => r.id === 'london')!;
    expect(london).toMatchObject({
      name: 'London',
      rank: 1,
      score: 100,
      tier: 'leading',
      papers: 56,
      'mobile-phone': 86.7,
    });
    expect(london.infrastructure).toBeCloseTo(89.925, 9);
    expect(sheets[0]!.rows).toHaveLength(20);
    expect(sheets[1]!.rows.find((r) => r.id === 'open-data')!.effective_weight).toBeCloseTo(0.04, 12);
    expect(sheets[4]!.rows).toHaveLength(edition2020.errata.length);
  });
});
