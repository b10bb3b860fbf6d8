import { largestParts } from '@smartcities/core/analysis';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/t';
import { componentName, signedPoints } from './words';

/** What the sentence needs of a city's explanation. */
export interface WhyInput {
  change: number | null;
  rankFrom: number | null;
  rankTo: number | null;
  contributions: Record<string, number> | null;
}

/**
 * One sentence saying why a city moved from the report's method to another scenario, naming the
 * (at most two) largest contributions by size; null when the city is unscored on a side.
 * @example whySentence('en', row, 'Tokyo') // "Under the playground scenario, Tokyo goes from rank 12 to rank 14 (−5.25 points), mostly because of the aggregation (−5.25)."
 */
export function whySentence(lang: Lang, row: WhyInput, city: string): string | null {
  if (row.change === null || row.contributions === null || row.rankFrom === null || row.rankTo === null)
    return null;
  const parts = largestParts(row.contributions, 2).map(([name, value]) =>
    t(lang, 'why.part', { name: componentName(lang, name), value: signedPoints(value) }),
  );
  if (parts.length === 0) return t(lang, 'why.none', { city });
  const vars = { city, change: signedPoints(row.change), parts: parts.join(t(lang, 'why.and')) };
  return row.rankFrom === row.rankTo
    ? t(lang, 'why.still', { ...vars, rank: row.rankTo })
    : t(lang, 'why.moved', { ...vars, rankFrom: row.rankFrom, rankTo: row.rankTo });
}
