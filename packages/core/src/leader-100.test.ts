import { describe, expect, it } from 'vitest';
import { ScoringError } from './errors.ts';
import { leader100, leader100After } from './leader-100.ts';

const column = Float64Array.from([80, 95.5, NaN, 95.5, 12, 60.25]);

describe('leader100After()', () => {
  const cases = [
    ['a follower moving a little', 0, 80.05],
    ['a follower overtaking the leader', 4, 99],
    ['a follower reaching the leader exactly', 5, 95.5],
    ['the first of two tied leaders moving up', 1, 95.55],
    ['the first of two tied leaders falling back', 1, 90],
    ['the second of two tied leaders moving up', 3, 96],
    ['a missing cell taking a value', 2, 40],
  ] as const;

  it.each(cases)('gives what leader100 gives for the changed column: %s', (_, unit, value) => {
    const changedColumn = Float64Array.from(column);
    changedColumn[unit] = value;
    const expected = Array.from(leader100(changedColumn));
    const before = Array.from(leader100(column));
    const out = new Float64Array(column.length).fill(-1);
    const only = leader100After(column)(unit, value, out);
    const got = only < 0 ? Array.from(out) : before.map((v, u) => (u === only ? out[u]! : v));
    expect(got).toEqual(expected);
  });

  it('writes one cell while the leader stays, the whole column when it moves', () => {
    const after = leader100After(column);
    const out = new Float64Array(column.length);
    expect(after(0, 80.05, out)).toBe(0);
    expect(after(4, 99, out)).toBe(-1);
  });

  it('refuses a leader at or below zero, as leader100 does', () => {
    const after = leader100After(Float64Array.from([-3, 1]));
    expect(() => after(1, -2, new Float64Array(2))).toThrow(ScoringError);
    expect(() => leader100(Float64Array.from([-3, -2]))).toThrow(ScoringError);
  });
});
