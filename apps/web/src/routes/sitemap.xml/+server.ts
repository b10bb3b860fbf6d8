import { sitePaths } from '$lib/server/site-paths';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The sitemap: every page in English, with its Chinese version as an alternate. */
export function GET({ url }) {
  const entries = sitePaths().map((path) => {
    const loc = escape(url.origin + path);
    const zh = escape(`${url.origin}${path}?lang=zh`);
    return `<url><loc>${loc}</loc><xhtml:link rel="alternate" hreflang="zh-Hans" href="${zh}"/></url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
