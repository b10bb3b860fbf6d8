import { z } from 'zod';

/** The languages of the explorer: English and (simplified) Chinese, as in the bilingual report. */
export const langSchema = z.enum(['en', 'zh']);

/** A language code. */
export type Lang = z.infer<typeof langSchema>;

/** The language a URL asks for with `?lang=`; English when absent or unknown. */
export function langFrom(url: URL): Lang {
  const parsed = langSchema.safeParse(url.searchParams.get('lang'));
  return parsed.success ? parsed.data : 'en';
}
