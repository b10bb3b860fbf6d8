import type { Lang } from './lang';

/**
 * A link inside the explorer that keeps the language: `href('/map', 'zh')` is `/map?lang=zh`;
 * extra query parameters come first, `lang` last, English adds nothing.
 */
export function href(path: string, lang: Lang, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, value);
  if (lang !== 'en') query.set('lang', lang);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The same URL in another language: every other parameter kept, `lang` set or removed. */
export function withLang(url: URL, lang: Lang): string {
  const query = new URLSearchParams(url.searchParams);
  if (lang === 'en') query.delete('lang');
  else query.set('lang', lang);
  const text = query.toString();
  return text ? `${url.pathname}?${text}` : url.pathname;
}
