import { describe, expect, it } from 'vitest';
import { copiedRun } from '../../../test/own-words.ts';
import { hanCount } from '../../../test/report/hanzi-runs.ts';
import { edition2020 } from './index.ts';

/** Every string of a value, with the path it sits at. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, at) => strings(item, `${path}[${at}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

const all = strings(edition2020, 'edition2020');
const chinese = all.filter(([, text]) => hanCount(text) >= 7);
/**
 * Fields that hold names, not sentences: the report's printed indicator names, the data sources it
 * names, its section headings and the anchors that find a claim's place in it.
 */
const names = /\.(printedNames\[\d+\]|source|title|anchor)$/;
const english = all.filter(([path, text]) => text.split(/\s+/).length >= 7 && !names.test(path));

describe('every text of the 2020 edition is in our own words', () => {
  it('finds the Chinese texts: case studies, indicator descriptions, notes, findings, the source record', () => {
    expect(chinese.length).toBeGreaterThan(100);
    for (const place of [
      'edition2020.zh.caseStudies',
      'edition2020.zh.measures',
      'edition2020.report',
      'edition2020.source',
    ])
      expect(
        chinese.some(([path]) => path.startsWith(place)),
        place,
      ).toBe(true);
  });

  it.each(chinese)('%s copies no seven-character run of the report', (_, text) => {
    expect(copiedRun(text)).toBeUndefined();
  });

  it.each(english)('%s copies no seven-word run of the report', (_, text) => {
    expect(copiedRun(text)).toBeUndefined();
  });

  it('the errata among them: every erratum says in its own words why (in English, the only language of the evidence)', () => {
    const evidence = english.filter(([path]) => /^edition2020\.errata\[\d+\]\.evidence$/.test(path));
    expect(evidence).toHaveLength(edition2020.errata.length);
  });
});
