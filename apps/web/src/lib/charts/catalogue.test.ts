import { describe, expect, it } from 'vitest';
import { chartWidth, chartWidths, isSharedChart } from './catalogue';

describe('chartWidth()', () => {
  it.each([
    [null, 960],
    ['', 960],
    ['wide', 960],
    ['640', 640],
    ['10', 280],
    ['99999', 1600],
    ['333.6', 334],
  ])('reads width=%s as %d px', (value, width) => {
    expect(chartWidth(value)).toBe(width);
  });
});

describe('the shared charts', () => {
  it.each([
    ['ranking', true],
    ['heatmap', true],
    ['toString', false],
    ['pie', false],
  ])('isSharedChart(%s) is %s', (name, known) => {
    expect(isSharedChart(name)).toBe(known);
  });

  it('are drawn at widths that never scale 12 px text below 11 px on the screens they are picked for', () => {
    // a picture source is used from its minViewport up to the next one; the page's side padding is
    // at most 34 px (figure) + 48 px (page), so the narrowest box it meets is minViewport - 82
    for (const { width, minViewport } of chartWidths.filter((w) => w.minViewport > 0))
      expect((12 * Math.min(width, minViewport - 82)) / width).toBeGreaterThanOrEqual(11);
  });
});
