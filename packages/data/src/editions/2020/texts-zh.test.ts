import { describe, expect, it } from 'vitest';
import { copiedRun } from '../../../test/own-words.ts';
import { caseStudies } from './case-studies.ts';
import { indicators } from './indicators.ts';
import { caseStudiesZh, measuresZh } from './texts-zh.ts';

const zhTexts = [
  ...Object.values(measuresZh),
  ...Object.values(caseStudiesZh).flatMap((c) => [c.title, c.summary, ...c.keyFigures]),
];

describe('the Chinese texts of the 2020 edition', () => {
  it('describe every indicator and every case study, with a label per key figure', () => {
    expect(Object.keys(measuresZh).sort()).toEqual(indicators.map((i) => i.id).sort());
    for (const study of caseStudies)
      expect(caseStudiesZh[study.id]?.keyFigures).toHaveLength(study.keyFigures.length);
  });

  it.each(zhTexts)('is written in Chinese: %s', (text) => {
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(zhTexts)('copies no seven-word run from the report: %s', (text) => {
    expect(copiedRun(text)).toBeUndefined();
  });
});
