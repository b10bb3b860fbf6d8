import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartFrame } from '../charts/frame';

/** Colours of the tokens the charts use, for an SVG shown on its own (no page stylesheet around it). */
const standaloneStyle = `svg{color:#16181d;background:#ffffff;--bg:#ffffff;--leading:#0b57d0;--advanced:#7c3aed;--following:#9a5b00}
@media (prefers-color-scheme:dark){svg{color:#e9ecf1;background:#111418;--bg:#111418;--leading:#8ab4f8;--advanced:#c9a7ff;--following:#f2c14e}}`;

/** A chart builder, as the pages use it. */
type Build<T> = (plot: typeof Plot, data: T, frame: ChartFrame) => Element;

/** Draws a chart with Observable Plot on a small DOM; returns the chart and that DOM's document. */
function drawOnServer<T>(build: Build<T>, data: T, width: number) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return { document, svg: build(Plot, data, { width, document: document as unknown as Document }) };
}

/**
 * Draws a chart on the server for a page to show inline (`<PlotFigure svg=…>`): the page's styles
 * colour it (light or dark theme) and no chart code runs in the browser.
 */
export function inlineChartSvg<T>(build: Build<T>, data: T, width: number): string {
  return drawOnServer(build, data, width).svg.outerHTML;
}

/**
 * Draws a chart on the server with the same builder the pages use (Observable Plot on a small DOM)
 * and returns a standalone SVG document titled `title`.
 */
export function chartSvg<T>(build: Build<T>, data: T, width: number, title: string): string {
  const { document, svg } = drawOnServer(build, data, width);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  const heading = document.createElement('title');
  heading.textContent = title;
  const style = document.createElement('style');
  style.textContent = standaloneStyle;
  svg.prepend(heading, style);
  return svg.outerHTML;
}
