import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCorrelation,
  formatDifference,
  formatInterval,
  formatPercent,
  formatRank,
  formatScore,
  formatSigned,
} from './format';

describe('formatting', () => {
  it.each([
    [[100, 73.7, 94.1, 100].reduce((a, b) => a + b) / 4, '92.0'],
    [87.95, '88.0'],
    [72.84999, '72.8'],
  ])('rounds a score half up on its decimal value (core rule): %d → %s', (score, text) => {
    expect(formatScore(score)).toBe(text);
  });

  it('prints scores with one decimal and a dash for missing ones', () => {
    expect([formatScore(100), formatScore(98.66), formatScore(null), formatScore(Number.NaN)]).toEqual([
      '100.0',
      '98.7',
      '–',
      '–',
    ]);
  });

  it('prints ranks, intervals and changes', () => {
    expect([formatRank(4), formatRank(null)]).toEqual(['4', '–']);
    expect([formatInterval(2, 3), formatInterval(1, 1), formatInterval(3.5, 7)]).toEqual(['2–3', '1', '4–7']);
    expect([formatChange(3), formatChange(-2), formatChange(0), formatChange(null)]).toEqual([
      { symbol: '▲', text: '3', direction: 'up' },
      { symbol: '▼', text: '2', direction: 'down' },
      { symbol: '=', text: '', direction: 'same' },
      { symbol: '=', text: '', direction: 'same' },
    ]);
  });

  it('prints signed numbers, shares and correlations', () => {
    expect([formatSigned(4.24), formatSigned(-1), formatSigned(0.01), formatSigned(null)]).toEqual([
      '+4.2',
      '−1.0',
      '0.0',
      '–',
    ]);
    expect([formatDifference(4), formatDifference(-2), formatDifference(0)]).toEqual(['+4', '−2', '0']);
    expect([formatPercent(0.05), formatPercent(0.0625)]).toEqual(['5.0%', '6.3%']);
    expect([formatCorrelation(0.4567), formatCorrelation(-0.1)]).toEqual(['0.46', '−0.10']);
  });
});
