import type { TierName } from '@smartcities/core';
import { shownTier } from './shown-tier';
import type { ViewRow } from './view-row';

/** A run of rows in one tier, for drawing tier bands in a table ordered by overall rank. */
export interface TierBand {
  tier: TierName | null;
  rows: ViewRow[];
}

/**
 * Groups rows into consecutive bands of the tier they show (`shownTier`), keeping their order: in
 * rank order this gives leading, advanced, following (and a final band of unscored rows, tier null).
 */
export function tierBands(rows: readonly ViewRow[]): TierBand[] {
  const bands: TierBand[] = [];
  for (const row of rows) {
    const last = bands.at(-1);
    const tier = shownTier(row.tier, row.published?.tier);
    if (last && last.tier === tier) last.rows.push(row);
    else bands.push({ tier, rows: [row] });
  }
  return bands;
}
