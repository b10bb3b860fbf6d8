import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { localCaseStudy, localMeasures } from './local-texts';

describe('localMeasures() and localCaseStudy()', () => {
  const indicator = edition2020.indicators.find((i) => i.id === 'open-data')!;
  const study = edition2020.caseStudies.find((c) => c.city === 'seoul')!;

  it.each([
    ['en', indicator.measures],
    ['zh', '政府数据开放的程度：政策、覆盖面、获取难易和实际利用。'],
  ] as const)('describe an indicator in %s', (lang, text) => {
    expect(localMeasures(indicator, lang)).toBe(text);
  });

  it('give a case study in Chinese in Chinese mode, in English otherwise', () => {
    expect(localCaseStudy(study, 'zh')).toMatchObject({ title: '首尔：开放数据广场' });
    expect(localCaseStudy(study, 'zh').labels).toHaveLength(study.keyFigures.length);
    expect(localCaseStudy(study, 'en')).toEqual({
      title: study.title,
      summary: study.summary,
      labels: study.keyFigures.map((f) => f.label),
    });
  });
});
