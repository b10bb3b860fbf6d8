import { describe, expect, it } from 'vitest';
import { displayWidth, truncate } from './text-width.ts';
import { wrapLine, wrapText } from './wrap.ts';

describe('wrapLine()', () => {
  it.each([
    { line: 'one two three', width: 8, lines: ['one two', 'three'] },
    { line: 'fits', width: 8, lines: ['fits'] },
    { line: 'a extraordinarily long', width: 8, lines: ['a', 'extraordinarily', 'long'] },
    { line: '  · first second third', width: 14, lines: ['  · first', '    second', '    third'] },
    { line: '  --top    Show only the first', width: 22, lines: ['  --top    Show only', '  the first'] },
  ])('wraps $line at $width', ({ line, width, lines }) => {
    expect(wrapLine(line, width)).toEqual(lines);
  });

  it('keeps the first piece as spaced and continues at the given indent', () => {
    expect(wrapLine('  --top    Show only the first N rows', 24, 11)).toEqual([
      '  --top    Show only the',
      '           first N rows',
    ]);
  });

  it('never breaks a word and fits every piece that can fit', () => {
    const text = 'Rank by one pillar: its scores, ranks and indicators’ scores, each one of them';
    for (const width of [12, 20, 33]) {
      const lines = wrapText(text, width).split('\n');
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
  });
});

describe('truncate() and displayWidth()', () => {
  it.each([
    ['infrastructure', 9, 'infrastr…'],
    ['Rio de Janeiro', 8, 'Rio de…'],
    ['London', 6, 'London'],
    ['北京市中心', 5, '北京…'],
  ])('truncate(%j, %i) is %j', (text, width, shown) => {
    expect(truncate(text, width)).toBe(shown);
    expect(displayWidth(shown)).toBeLessThanOrEqual(width);
  });

  it('counts East Asian characters as two columns and colour codes as none', () => {
    expect(displayWidth('北京 Beijing')).toBe(12);
    expect(displayWidth('\u001B[31mred\u001B[39m')).toBe(3);
  });
});
