/** Pages meant to be shown inside other sites' iframes: one chart each, nothing to click-jack. */
export const isFrameable = (pathname: string): boolean =>
  pathname === '/embed' || pathname.startsWith('/embed/');

/**
 * Adds the headers every response carries (no MIME sniffing, a short referrer) and, on pages that
 * may be framed, opens SvelteKit's `frame-ancestors 'none'` to any site.
 */
export function secureHeaders(headers: Headers, pathname: string): void {
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  const csp = headers.get('content-security-policy');
  if (isFrameable(pathname)) {
    if (csp)
      headers.set('content-security-policy', csp.replace("frame-ancestors 'none'", 'frame-ancestors *'));
  } else {
    headers.set('x-frame-options', 'DENY');
  }
}
