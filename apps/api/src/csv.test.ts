import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('flattens nested objects into dotted columns and keeps every digit', () => {
    const csv = toCsv([
      { city: 'london', score: 98.66101694915254, pillars: { economy: { score: 1.5, rank: 2 } } },
    ]);
    expect(csv).toBe(
      'city,score,pillars.economy.score,pillars.economy.rank\r\nlondon,98.66101694915254,1.5,2\r\n',
    );
  });

  it('quotes fields with commas, quotes or line breaks and leaves missing values empty', () => {
    const csv = toCsv([
      { name: 'Rio, "RJ"', note: 'a\nb', score: null },
      { name: 'x', extra: true },
    ]);
    expect(csv.split('\r\n')).toEqual(['name,note,score,extra', '"Rio, ""RJ""","a\nb",,', 'x,,,true', '']);
  });

  it('joins arrays with semicolons and gives a header only for no rows', () => {
    expect(toCsv([{ lines: [1, 2] }])).toBe('lines\r\n1;2\r\n');
    expect(toCsv([])).toBe('\r\n');
  });
});
