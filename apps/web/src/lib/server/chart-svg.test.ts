import { describe, expect, it } from 'vitest';
import { frameworkPaths, frameworkTree, frameworkTreeHeight } from '../charts/framework-tree';
import { inlineChartSvg } from './chart-svg';

const pillars = [
  {
    id: 'economy',
    name: 'Smart economy',
    effectiveWeight: 0.2,
    indicators: [
      { id: 'a', name: 'Open data', effectiveWeight: 0.125 },
      { id: 'b', name: 'Online employment', effectiveWeight: 0.075 },
    ],
  },
];

describe('inlineChartSvg()', () => {
  const paths = frameworkPaths(pillars, 'en');
  const svg = inlineChartSvg(frameworkTree, paths, 760);

  it('draws the chart as one <svg> at the asked width and the height the page reserves', () => {
    expect(svg).toMatch(/^<svg[^>]* width="760"/);
    expect(svg).toContain(`height="${frameworkTreeHeight(paths)}"`);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
  });

  it.each(['Index', 'Smart economy 20.0%', 'Open data 12.5%', 'Online employment 7.5%'])(
    'carries the label "%s"',
    (label) => {
      expect(svg).toMatch(new RegExp(`<text[^>]*>${label}<title>`));
    },
  );

  it('leaves the colours to the page (no standalone title or theme style)', () => {
    expect(svg).not.toMatch(/^<svg[^>]*><title>/);
    expect(svg).not.toContain('prefers-color-scheme');
  });
});
