/** Where a chart is drawn: its width in CSS pixels and, on the server, the DOM to draw it with. */
export interface ChartFrame {
  width: number;
  document?: Document | undefined;
}

/** The smallest chart text, in px: labels stay readable at every width because charts are drawn at the width they get, never scaled down. */
export const CHART_FONT_PX = 12;

/** Options every chart passes to Plot: its width, the DOM (server) and readable text. */
export function frameOptions(frame: ChartFrame) {
  return {
    width: Math.round(frame.width),
    ...(frame.document ? { document: frame.document } : {}),
    style: { fontSize: `${CHART_FONT_PX}px`, fontFamily: 'system-ui, sans-serif' },
  };
}

/** Left margin for a list of labels: their longest, at about 7 px a character, within bounds. */
export function labelMargin(labels: readonly string[], most = 150): number {
  const longest = Math.max(0, ...labels.map((l) => [...l].length * (/[\u3000-\u9fff]/.test(l) ? 12 : 7)));
  return Math.min(most, Math.max(40, longest + 10));
}
