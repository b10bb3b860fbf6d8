import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { mountPrefix } from './mount-prefix.ts';

/** The Link header's description in the OpenAPI document, on every response that can answer CSV. */
export const csvLinkHeader = {
  Link: {
    description:
      'On CSV answers only: where the source record lives (`</v1/source>; rel="describedby"; type="application/json"`), since the CSV itself stays comment-free',
    schema: { type: 'string' as const },
  },
};

/** The Link header value naming the source record, under the mount prefix. */
export function sourceLink(prefix: string): string {
  return `<${prefix}/v1/source>; rel="describedby"; type="application/json"`;
}

/**
 * Middleware: every CSV answer names the report it reproduces through a `Link` header to
 * `/v1/source` (the CSV body keeps only its header row and data rows, so it stays machine-readable).
 */
export const csvSourceLink: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.res.headers.get('Content-Type')?.startsWith('text/csv'))
    c.res.headers.set('Link', sourceLink(mountPrefix(c)));
};
