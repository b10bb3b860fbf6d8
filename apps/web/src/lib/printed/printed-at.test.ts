import { describe, expect, it } from 'vitest';
import { printedNumber, printedTier, type PrintedFigures } from './printed-at';

const figures: PrintedFigures = {
  score: 92.8,
  tier: 'advanced',
  pillars: { service: 92 },
  notes: [
    { field: 'score', published: 92.8, computed: 92.7, status: 'rounding', bound: 0.117 },
    { field: 'pillars.service', published: 92, computed: 91.9, status: 'rounding', bound: 0.05 },
  ],
};

describe('printedNumber() and printedTier()', () => {
  it.each([
    ['score', 92.8, 'score'],
    ['pillars.service', 92, 'pillars.service'],
  ])('give %s its printed value and note', (field, value, noted) => {
    const props = printedNumber(figures, field);
    expect(props.printed).toBe(value);
    expect(props.note?.field).toBe(noted);
  });

  it('gives a field without a note no note, and the tier as printed', () => {
    expect(printedNumber({ ...figures, notes: [] }, 'score')).toEqual({ printed: 92.8, note: undefined });
    expect(printedTier(figures)).toEqual({ printed: 'advanced', note: undefined });
  });

  it('gives nothing where nothing is printed', () => {
    expect(printedNumber(undefined, 'pillars.service')).toEqual({ printed: undefined, note: undefined });
    expect(printedTier(undefined)).toEqual({ printed: undefined, note: undefined });
  });
});
