import { formatFixed } from '@smartcities/core/engine';

/** A score as the report prints it: one decimal, rounded half up (core's rule); an en dash for a missing score. */
export function formatScore(score: number | null | undefined): string {
  return formatFixed(score, 1);
}

/** A rank, or an en dash when the city is unranked. */
export function formatRank(rank: number | null | undefined): string {
  return rank === null || rank === undefined || Number.isNaN(rank) ? '–' : String(rank);
}

/** A rank interval such as "3–7", or the single rank when both ends agree. */
export function formatInterval(low: number, high: number): string {
  const [a, b] = [Math.round(low), Math.round(high)];
  return a === b ? String(a) : `${a}–${b}`;
}

/** The arrow and size of a rank change: "▲ 3" for places gained, "▼ 2" lost, "=" for none. */
export function formatChange(change: number | null | undefined): {
  symbol: string;
  text: string;
  direction: 'up' | 'down' | 'same';
} {
  if (change === null || change === undefined || change === 0)
    return { symbol: '=', text: '', direction: 'same' };
  return change > 0
    ? { symbol: '▲', text: String(change), direction: 'up' }
    : { symbol: '▼', text: String(-change), direction: 'down' };
}

/** A correlation with two decimals and a real minus sign. */
export function formatCorrelation(value: number): string {
  return Number.isNaN(value) ? '–' : formatFixed(value, 2).replace('-', '−');
}

/** A difference with its sign and one decimal: "+4.2", "−1.0", "0.0"; an en dash when missing. */
export function formatSigned(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const text = formatFixed(Math.abs(value), 1);
  if (text === '0.0') return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** A share as a percentage with one decimal: 0.05 → "5.0%". */
export function formatPercent(share: number): string {
  return `${formatFixed(share * 100, 1)}%`;
}

/** A whole-number difference with its sign: "+4", "−2", "0"; an en dash when missing. */
export function formatDifference(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}
