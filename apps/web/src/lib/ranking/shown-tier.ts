import { tierNames, type TierName } from '@smartcities/core/engine';

/**
 * The tier a city shows: the printed one where the report's figures are shown (under the report's
 * method), else the computed one.
 * @example shownTier('advanced', 'following') // 'following' (Berlin: the report's erratum)
 */
export function shownTier(computed: TierName | null, printed: string | undefined): TierName | null {
  const named = tierNames.find((tier) => tier === printed);
  return named ?? computed;
}
