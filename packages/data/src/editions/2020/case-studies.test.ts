import { describe, expect, it } from 'vitest';
import { copiedRun } from '../../../test/own-words.ts';
import { reportFigures } from '../../../test/report/facts.ts';
import { caseStudies } from './case-studies.ts';
import { indicators, pillars } from './framework.ts';

describe('caseStudies', () => {
  it('covers the five case studies of the report, one per pillar', () => {
    expect(caseStudies.map((study) => [study.city, study.pillar])).toEqual([
      ['hong-kong', 'infrastructure'],
      ['shanghai', 'economy'],
      ['paris', 'service'],
      ['seoul', 'governance'],
      ['london', 'innovation'],
    ]);
  });

  it.each(caseStudies)('$id: every multi-digit key figure appears in the report', (study) => {
    const figures = study.keyFigures.flatMap((figure) =>
      typeof figure.value === 'number' && String(figure.value).length >= 3 ? [String(figure.value)] : [],
    );
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(reportFigures).toContain(figure);
  });
});

describe('descriptive text', () => {
  const texts = [
    ...caseStudies.map((study) => [study.id, study.summary]),
    ...pillars.map((pillar) => [pillar.id, pillar.description]),
    ...indicators.map((indicator) => [indicator.id, indicator.measures]),
  ];

  it.each(texts)('%s is written in our own words (no seven-word run from the report)', (_id, text) => {
    expect(copiedRun(text ?? '')).toBeUndefined();
  });
});
