import { describe, expect, it } from 'vitest';
import { checkFlags } from './check-flags.ts';
import { numberFlag, repeatedFlag } from './number-flag.ts';

const args = {
  id: { type: 'positional' },
  top: { type: 'string' },
  'drop-one': { type: 'boolean' },
  format: { type: 'string', alias: 'f' },
} as const;

describe('checkFlags()', () => {
  it.each([
    [['london', '--top', '5']],
    [['london', '--top=5', '--drop-one']],
    [['--no-drop-one', '-f', 'json', 'london']],
    [['london', '--', '--anything']],
    [['london', '--help']],
  ])('accepts %j', (raw) => {
    expect(() => checkFlags('city', raw, args)).not.toThrow();
  });

  it.each([
    [['london', '--tpo', '5'], 'city: unknown flag "--tpo"; did you mean "--top"?'],
    [['london', '--drop-on'], 'city: unknown flag "--drop-on"; did you mean "--drop-one"?'],
    [['london', 'paris'], 'city: unexpected argument "paris"'],
  ])('rejects %j', (raw, message) => {
    expect(() => checkFlags('city', raw, args)).toThrow(message);
  });

  it('lets a variadic command take any number of positionals', () => {
    expect(() => checkFlags('compare', ['a', 'b', 'c'], args, true)).not.toThrow();
  });
});

describe('numberFlag() and repeatedFlag()', () => {
  it('reads numbers within bounds and names the flag otherwise', () => {
    expect(numberFlag(undefined, '--top')).toBeUndefined();
    expect(numberFlag('5', '--top', { min: 1, integer: true })).toBe(5);
    expect(() => numberFlag('2.5', '--top', { min: 1, integer: true })).toThrow(
      '--top: expected a whole number of 1 or more, got "2.5"',
    );
    expect(() => numberFlag('', '--x')).toThrow('--x: expected a number, got ""');
  });

  it('collects every value of a repeated flag in both spellings', () => {
    expect(repeatedFlag(['--vary', 'a=x', '--vary=n=y', '--', '--vary', 'z'], '--vary')).toEqual([
      'a=x',
      'n=y',
    ]);
  });
});
