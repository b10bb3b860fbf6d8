import type * as Plot from '@observablehq/plot';

/** Papers kept per city (table 2-6), one horizontal bar each, most first. */
export function paperBars(
  plot: typeof Plot,
  { rows, label }: { rows: { label: string; papers: number }[]; label: string },
): Element {
  return plot.plot({
    marginLeft: 120,
    width: 640,
    height: 30 + 22 * rows.length,
    x: { grid: true, label: `${label} →` },
    y: { domain: rows.map((r) => r.label), label: null },
    marks: [
      plot.barX(rows, { y: 'label', x: 'papers', fill: 'var(--accent)' }),
      plot.text(rows, {
        y: 'label',
        x: 'papers',
        text: 'papers',
        dx: 4,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
      plot.ruleX([0]),
    ],
  });
}
