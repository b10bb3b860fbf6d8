import { describe, expect, it } from 'vitest';
import { contrast, luminance, themeTokens } from './contrast';

describe('contrast()', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#777777', '#ffffff', 4.48],
    ['#ffbf47', '#ffffff', 1.64],
    ['#123456', '#123456', 1],
  ])('contrast(%s, %s) is %d', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 2);
  });

  it('rejects a colour that is not #rrggbb', () => {
    expect(() => luminance('red')).toThrow('not a #rrggbb colour: "red"');
  });
});

describe('themeTokens()', () => {
  it('splits light-dark() pairs and ignores other declarations', () => {
    const css =
      ':root { --step-0: 1rem; --bg: light-dark(#ffffff, #111418); --fg:light-dark(#000000,#EEEEEE); }';
    expect(themeTokens(css)).toEqual({
      light: { bg: '#ffffff', fg: '#000000' },
      dark: { bg: '#111418', fg: '#EEEEEE' },
    });
  });
});
