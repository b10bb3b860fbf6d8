import type { Handle } from '@sveltejs/kit';
import { langFrom } from '$lib/i18n/lang';
import { compressHtml } from '$lib/server/compress';
import { secureHeaders } from '$lib/server/security-headers';
import { chosenTheme } from '$lib/server/theme';

/**
 * Sets `<html lang>` from `?lang=` and `data-theme` from the theme cookie (so the page is painted in
 * the chosen theme at once), adds the security headers and compresses HTML.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const lang = langFrom(event.url);
  const theme = chosenTheme(event.cookies.get('theme'));
  let response = await resolve(event, {
    transformPageChunk: ({ html }) =>
      html
        .replace('%lang%', lang === 'zh' ? 'zh-Hans' : 'en')
        .replace('%theme%', theme ? ` data-theme="${theme}"` : ''),
  });
  try {
    secureHeaders(response.headers, event.url.pathname);
  } catch {
    // a response with immutable headers (one passed through from fetch): copy it first
    response = new Response(response.body, response);
    secureHeaders(response.headers, event.url.pathname);
  }
  return compressHtml(response, event.request.headers.get('accept-encoding'));
};
