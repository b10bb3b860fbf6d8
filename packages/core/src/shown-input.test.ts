import { describe, expect, it } from 'vitest';
import { shownInput } from './shown-input.ts';

describe('shownInput', () => {
  it.each([
    ['geo', 'geo'],
    [{ toString: 1, valueOf: 2 }, '{"toString":1,"valueOf":2}'],
    [Object.create(null), '{}'],
    [undefined, 'undefined'],
    [[1, [2]], '[1,[2]]'],
    [12, '12'],
    ['x'.repeat(100), `${'x'.repeat(79)}…`],
  ])('shows %j as %s', (input, text) => {
    expect(shownInput(input)).toBe(text);
  });

  it('never throws, even for a value JSON cannot write', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(shownInput(cyclic)).toBe('object');
    expect(shownInput(10n)).toBe('bigint');
  });
});
