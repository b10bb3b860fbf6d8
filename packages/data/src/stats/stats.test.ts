import { describe, expect, it } from 'vitest';
import { competitionRanks } from './competition-ranks.ts';
import { mean } from './mean.ts';
import { populationSd } from './population-sd.ts';
import { roundTo } from './round-to.ts';

describe('competitionRanks', () => {
  it.each([
    [
      [90, 80, 80, 70],
      [1, 2, 2, 4],
    ],
    [
      [87.9, 96.5, 87.9, 87.9, 85],
      [2, 1, 2, 2, 5],
    ],
    [
      [18, 18, 17],
      [1, 1, 3],
    ],
    [
      [5, null, 7, Number.NaN],
      [2, null, 1, null],
    ],
    [[], []],
  ])('ranks %j as %j (ties share the lowest rank, missing scores get null)', (scores, ranks) => {
    expect(competitionRanks(scores)).toEqual(ranks);
  });
});

describe('mean', () => {
  it('averages, ignoring missing values', () => {
    expect(mean([1, null, 3])).toBe(2);
    expect(mean([89.1, 98, 46.1, 53.8])).toBeCloseTo(71.75, 12);
  });

  it('is NaN for an empty or all-missing input', () => {
    expect(mean([])).toBeNaN();
    expect(mean([null, Number.NaN])).toBeNaN();
  });
});

describe('populationSd', () => {
  it('divides by n', () => {
    expect(populationSd([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(populationSd([3])).toBe(0);
    expect(populationSd([1, null, 3])).toBe(1);
  });

  it('is NaN for an empty input', () => {
    expect(populationSd([])).toBeNaN();
  });
});

describe('roundTo', () => {
  it.each([
    [96.798, 1, 96.8],
    [81.375, 1, 81.4],
    [1.005, 2, 1.01],
    [-2.25, 1, -2.3],
    [72.23187, 1, 72.2],
  ])('rounds %d to %d decimals as %d (halves away from zero)', (value, decimals, rounded) => {
    expect(roundTo(value, decimals)).toBe(rounded);
  });
});
