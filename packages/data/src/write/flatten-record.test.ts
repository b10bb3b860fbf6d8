import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { flattenRecord } from './flatten-record.ts';

describe('flattenRecord()', () => {
  it('flattens nested objects into dotted columns and keeps every digit', () => {
    const row = { city: 'london', score: 98.66101694915254, pillars: { economy: { score: 1.5, rank: 2 } } };
    expect(toCsv([flattenRecord(row)])).toBe(
      'city,score,pillars.economy.score,pillars.economy.rank\r\nlondon,98.66101694915254,1.5,2\r\n',
    );
  });

  it('joins arrays with semicolons (objects inside as JSON) and leaves out undefined values', () => {
    expect(flattenRecord({ lines: [1, 2], pairs: [{ a: 1 }], gone: undefined, none: null })).toEqual({
      lines: '1;2',
      pairs: '{"a":1}',
      none: null,
    });
  });
});
