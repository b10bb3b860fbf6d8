import { describe, expect, it } from 'vitest';
import { contentHash } from '../../content-hash.ts';
import {
  caseStudySchema,
  citySchema,
  datasetSchema,
  indicatorSchema,
  pillarSchema,
} from '../../schema/index.ts';
import { edition2020 } from './index.ts';

const { dataset } = edition2020;
const node = (id: string) => dataset.framework.find((candidate) => candidate.id === id);

describe('edition2020', () => {
  it('identifies itself as edition 2020, version 1.0.0, with a hash of its inputs', () => {
    const { units, framework, values } = dataset;
    expect(edition2020.ref).toEqual({
      id: '2020',
      version: '1.0.0',
      hash: contentHash({ units, framework, values, papers: edition2020.papers }),
    });
    expect(edition2020.ref.hash).toMatch(/^[0-9a-z]{8,12}$/);
    expect(dataset.edition).toBe(edition2020.ref);
  });

  it('validates every city, pillar, indicator and case study against its schema', () => {
    expect(edition2020.cities.map((city) => citySchema.safeParse(city).success)).toEqual(
      Array(20).fill(true),
    );
    expect(edition2020.pillars.map((pillar) => pillarSchema.safeParse(pillar).success)).toEqual(
      Array(6).fill(true),
    );
    expect(edition2020.indicators.map((indicator) => indicatorSchema.safeParse(indicator).success)).toEqual(
      Array(21).fill(true),
    );
    expect(edition2020.caseStudies.map((study) => caseStudySchema.safeParse(study).success)).toEqual(
      Array(5).fill(true),
    );
  });

  it('gives the engine a valid generic dataset: 20 units, index + 5 pillars + 21 indicators', () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.units.map((unit) => unit.id)).toEqual(edition2020.cities.map((city) => city.id));
    expect(dataset.framework.map((n) => n.type).filter((type) => type === 'indicator')).toHaveLength(21);
    expect(node('index')).toEqual({
      id: 'index',
      name: 'Smart city index',
      type: 'aggregate',
      parent: null,
      weight: 1,
      direction: 1,
    });
    expect(dataset.framework.filter((n) => n.parent === 'index').map((n) => [n.id, n.weight])).toEqual([
      ['infrastructure', 0.2],
      ['economy', 0.2],
      ['service', 0.2],
      ['governance', 0.2],
      ['innovation', 0.2],
    ]);
  });

  it('keeps the reputation reference index out of the framework and the total', () => {
    expect(node('reputation')).toBeUndefined();
    expect(edition2020.pillars.find((pillar) => pillar.id === 'reputation')).toMatchObject({
      inTotal: false,
      weight: 0,
    });
  });

  it('weighs indicators 25% each, governance 20% each, all pointing to their pillar', () => {
    expect(node('mobile-phone')).toMatchObject({
      parent: 'infrastructure',
      weight: 0.25,
      direction: 1,
      meta: { source: 'ITU' },
    });
    expect(node('open-data')).toMatchObject({ parent: 'governance', weight: 0.2 });
    const sums = ['infrastructure', 'economy', 'service', 'governance', 'innovation'].map((pillar) =>
      dataset.framework.filter((n) => n.parent === pillar).reduce((sum, n) => sum + n.weight, 0),
    );
    expect(sums.map((sum) => Number(sum.toFixed(10)))).toEqual([1, 1, 1, 1, 1]);
  });

  it('holds the 519 papers of table 2-6', () => {
    expect(Object.values(edition2020.papers).reduce((sum, count) => sum + count, 0)).toBe(519);
    expect(edition2020.papers['hong-kong']).toBe(18);
  });
});
