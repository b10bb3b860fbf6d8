import { describe, expect, it } from 'vitest';
import { colorEnabled, painter, stripAnsi } from './colors.ts';

describe('colorEnabled()', () => {
  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: false }, {}, false],
    [{}, {}, false],
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: true }, { NO_COLOR: '' }, true],
    [{ isTTY: true }, { TERM: 'dumb' }, false],
    [{ isTTY: false }, { FORCE_COLOR: '1' }, true],
    [{ isTTY: true }, { FORCE_COLOR: '0' }, true],
    [{ isTTY: false }, { FORCE_COLOR: '0' }, false],
  ])('stream %j with env %j → %s', (stream, env, expected) => {
    expect(colorEnabled(stream, env)).toBe(expected);
  });
});

describe('painter() and stripAnsi()', () => {
  it('paints only when enabled, and colour codes strip back to the text', async () => {
    expect((await painter(false))('red', 'fail')).toBe('fail');
    const red = (await painter(true))('red', 'fail');
    expect(red).toBe('\u001B[31mfail\u001B[39m');
    expect(stripAnsi(red)).toBe('fail');
  });
});
