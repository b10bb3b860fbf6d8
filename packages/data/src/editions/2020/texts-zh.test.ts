import { describe, expect, it } from 'vitest';
import { copiedRun } from '../../../test/own-words.ts';
import { reportText } from '../../../test/seed-report.ts';
import { caseStudies } from './case-studies.ts';
import { indicators } from './indicators.ts';
import { caseStudiesZh, measuresZh } from './texts-zh.ts';

/** The first run of seven Chinese characters that `text` shares with the report, if any. */
function copiedHanRun(text: string): string | undefined {
  const han = text.replace(/[^\u4e00-\u9fff]/g, '');
  const report = reportText.replace(/[^\u4e00-\u9fff]/g, '');
  for (let i = 0; i + 7 <= han.length; i++)
    if (report.includes(han.slice(i, i + 7))) return han.slice(i, i + 7);
  return undefined;
}

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

  it.each(zhTexts)('copies no seven-character run and no seven-word run from the report: %s', (text) => {
    expect(copiedHanRun(text)).toBeUndefined();
    expect(copiedRun(text)).toBeUndefined();
  });
});
