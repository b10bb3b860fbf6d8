import type { Handle } from '@sveltejs/kit';
import { langFrom } from '$lib/i18n/lang';

/** Sets `<html lang>` from `?lang=` so that screen readers and fonts pick the right language. */
export const handle: Handle = ({ event, resolve }) => {
  const lang = langFrom(event.url);
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', lang === 'zh' ? 'zh-Hans' : 'en'),
  });
};
