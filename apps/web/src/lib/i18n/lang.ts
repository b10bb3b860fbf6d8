/**
 * The languages of the explorer: English and (simplified) Chinese, as in the bilingual report.
 * A plain list rather than a zod enum: this module is on every page, and zod would add 30 KB.
 */
export const langs = ['en', 'zh'] as const;

/** A language code. */
export type Lang = (typeof langs)[number];

/** The language a URL asks for with `?lang=`; English when absent or unknown. */
export function langFrom(url: URL): Lang {
  const asked = url.searchParams.get('lang');
  return langs.find((lang) => lang === asked) ?? 'en';
}
