import { escapeHtml as esc, num } from './html-escape.ts';

const LABEL = 170;
const ROW = 18;
const WIDTH = 640;

/** A diverging colour for a correlation in [-1, 1]: red for negative, white at 0, blue for positive. */
export function correlationColour(r: number): string {
  if (!Number.isFinite(r)) return '#dddddd';
  const t = Math.min(1, Math.abs(r));
  const mix = (a: number, b: number) => Math.round(255 + (b - 255) * t);
  return r >= 0
    ? `rgb(${mix(255, 33)},${mix(255, 102)},${mix(255, 172)})`
    : `rgb(${mix(255, 178)},${mix(255, 24)},${mix(255, 43)})`;
}

function frame(title: string, width: number, height: number, body: string): string {
  const id = `c${Math.abs(hash(title + body.length)).toString(36)}`;
  return `<svg role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" xmlns="http://www.w3.org/2000/svg"><title id="${id}">${esc(title)}</title>${body}</svg>`;
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

/** A correlation heatmap: one square per pair, labels on the left and (rotated) on top. */
export function heatmap(title: string, labels: readonly string[], r: readonly (readonly number[])[]): string {
  const cell = Math.max(8, Math.min(22, Math.floor(460 / Math.max(1, labels.length))));
  const top = LABEL;
  const size = labels.length * cell;
  const parts: string[] = [];
  labels.forEach((label, i) => {
    const y = top + i * cell + cell * 0.7;
    parts.push(
      `<text x="${LABEL - 4}" y="${y}" text-anchor="end" font-size="${Math.min(11, cell - 1)}" fill="#222">${esc(label)}</text>`,
    );
    const x = LABEL + i * cell + cell * 0.7;
    parts.push(
      `<text transform="translate(${x},${top - 4}) rotate(-60)" font-size="${Math.min(11, cell - 1)}" fill="#222">${esc(label)}</text>`,
    );
    labels.forEach((other, j) => {
      const v = r[i]?.[j] ?? NaN;
      parts.push(
        `<rect x="${LABEL + j * cell}" y="${top + i * cell}" width="${cell}" height="${cell}" fill="${correlationColour(v)}" stroke="#fff"><title>${esc(`${label} × ${other}: ${num(v)}`)}</title></rect>`,
      );
    });
  });
  return frame(title, LABEL + size + 140, top + size + 10, parts.join(''));
}

/** One horizontal bar (with an optional interval) per row. */
export interface Bar {
  label: string;
  value: number;
  lo?: number | null;
  hi?: number | null;
}

/** Horizontal bars from 0 to each value, with whiskers for intervals; `max` fixes the scale. */
export function barChart(title: string, bars: readonly Bar[], max?: number): string {
  const top = Math.max(1e-9, max ?? Math.max(...bars.map((b) => Math.max(b.value, b.hi ?? 0)), 0));
  const plot = WIDTH - LABEL - 60;
  const x = (v: number) => LABEL + (Math.max(0, Math.min(top, v)) / top) * plot;
  const parts = bars.map((bar, i) => {
    const y = 6 + i * ROW;
    const whisker =
      bar.lo != null && bar.hi != null
        ? `<line x1="${x(bar.lo)}" x2="${x(bar.hi)}" y1="${y + 7}" y2="${y + 7}" stroke="#222" stroke-width="1.5"/>`
        : '';
    return (
      `<text x="${LABEL - 6}" y="${y + 11}" text-anchor="end" font-size="11" fill="#222">${esc(bar.label)}</text>` +
      `<rect x="${LABEL}" y="${y + 2}" width="${Math.max(0, x(bar.value) - LABEL)}" height="${ROW - 6}" fill="#2166ac"><title>${esc(`${bar.label}: ${num(bar.value, 3)}`)}</title></rect>` +
      whisker +
      `<text x="${WIDTH - 52}" y="${y + 11}" font-size="11" fill="#222">${num(bar.value, 3)}</text>`
    );
  });
  return frame(title, WIDTH, bars.length * ROW + 12, parts.join(''));
}

/** Rank intervals: a line from the 5th to the 95th percentile, a dot at the median, a tick at the nominal rank. */
export function rankIntervals(
  title: string,
  rows: readonly { label: string; nominal: number; median: number; q05: number; q95: number }[],
  units: number,
): string {
  const plot = WIDTH - LABEL - 20;
  const x = (rank: number) => LABEL + ((rank - 1) / Math.max(1, units - 1)) * plot;
  const parts = rows.map((row, i) => {
    const y = 6 + i * ROW + 8;
    return (
      `<text x="${LABEL - 6}" y="${y + 4}" text-anchor="end" font-size="11" fill="#222">${esc(row.label)}</text>` +
      `<line x1="${x(row.q05)}" x2="${x(row.q95)}" y1="${y}" y2="${y}" stroke="#2166ac" stroke-width="3"/>` +
      `<circle cx="${x(row.median)}" cy="${y}" r="4" fill="#2166ac"><title>${esc(`${row.label}: ${row.nominal} (${row.q05}–${row.q95})`)}</title></circle>` +
      `<line x1="${x(row.nominal)}" x2="${x(row.nominal)}" y1="${y - 6}" y2="${y + 6}" stroke="#b2182b" stroke-width="2"/>`
    );
  });
  return frame(title, WIDTH, rows.length * ROW + 12, parts.join(''));
}
