import { formatFixed } from '@smartcities/core/engine';
import type { Tone } from '../output/view.ts';

/** A number with fixed decimals (the report prints one), rounded half up by core's rule, or "–" when missing. */
export const fixed =
  (digits = 1) =>
  (value: unknown): string =>
    typeof value === 'number' && Number.isFinite(value) ? formatFixed(value, digits) : '–';

/** A share as a percentage with one decimal. */
export const percent = (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value) ? `${formatFixed(value * 100, 1)}%` : '–';

/** A signed difference: "+2", "-1", "0". */
export const signed =
  (digits = 0) =>
  (value: unknown): string =>
    typeof value !== 'number' || !Number.isFinite(value)
      ? '–'
      : `${value > 0 ? '+' : ''}${formatFixed(value, digits)}`;

/** Green for a gain, red for a loss. */
export const gainTone = (value: unknown): Tone | undefined =>
  typeof value === 'number' && value !== 0 ? (value > 0 ? 'green' : 'red') : undefined;

/** The colour of a tier. */
export const tierTone = (value: unknown): Tone | undefined =>
  value === 'leading' ? 'green' : value === 'advanced' ? 'yellow' : value === 'following' ? 'dim' : undefined;
