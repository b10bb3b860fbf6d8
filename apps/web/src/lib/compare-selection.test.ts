import { describe, expect, it } from 'vitest';
import { compareSelection } from './compare-selection';

const known = ['london', 'paris', 'tokyo', 'sydney', 'cairo', 'seoul'];
const select = (query: string) => compareSelection(new URLSearchParams(query), known);

describe('compareSelection()', () => {
  it('reads a comma list, drops duplicates and keeps the order', () => {
    expect(select('cities=tokyo,london,tokyo')).toEqual({ ids: ['tokyo', 'london'], notices: [] });
  });

  it('reads the picker form (repeated parameters)', () => {
    expect(select('cities=paris&cities=cairo').ids).toEqual(['paris', 'cairo']);
  });

  it('names unknown cities, keeps at most four and asks for at least two', () => {
    expect(select('cities=london,atlantis')).toEqual({
      ids: ['london'],
      notices: [{ kind: 'unknown', id: 'atlantis' }, { kind: 'too-few' }],
    });
    expect(select('cities=london,paris,tokyo,sydney,cairo')).toEqual({
      ids: ['london', 'paris', 'tokyo', 'sydney'],
      notices: [{ kind: 'too-many' }],
    });
    expect(select('').notices).toEqual([{ kind: 'too-few' }]);
  });
});
