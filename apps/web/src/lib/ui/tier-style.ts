import type { TierName } from '@smartcities/core';

/**
 * How each tier looks besides its colour, so that it reads without colour too: a glyph in text and
 * the matching Observable Plot symbol in charts.
 */
export const tierStyle: Record<TierName, { glyph: string; symbol: 'circle' | 'diamond2' | 'triangle' }> = {
  leading: { glyph: '●', symbol: 'circle' },
  advanced: { glyph: '◆', symbol: 'diamond2' },
  following: { glyph: '▲', symbol: 'triangle' },
};

/** CSS colour of a tier, with the light-theme value as a fallback where the tokens are absent (a bare SVG). */
export const tierColour: Record<TierName, string> = {
  leading: 'var(--leading, #0b57d0)',
  advanced: 'var(--advanced, #7c3aed)',
  following: 'var(--following, #9a5b00)',
};
