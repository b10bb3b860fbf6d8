import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { allowGate } from './allow.ts';
import { csvSourceLink } from './csv-source-link.ts';
import { inlineExecutor, type Executor } from './executor.ts';
import { jsonDepth, reservedQuery, sized, urlLimit } from './gates.ts';
import { BODY_LIMIT } from './limits.ts';
import { notFoundHandler } from './not-found.ts';
import { onError } from './on-error.ts';
import { openApiDocument } from './openapi.ts';
import { ApiProblem } from './problem.ts';
import { representation } from './representation.ts';
import { createRouter } from './router.ts';
import { cities } from './routes/cities.ts';
import { claims } from './routes/claims.ts';
import { city } from './routes/city.ts';
import { docs } from './routes/docs.ts';
import { errata } from './routes/errata.ts';
import { explainRoutes } from './routes/explain.ts';
import { framework } from './routes/framework.ts';
import { health } from './routes/health.ts';
import { indicators } from './routes/indicators.ts';
import { rankings } from './routes/rankings.ts';
import { reputation } from './routes/reputation.ts';
import { score } from './routes/score.ts';
import { source } from './routes/source.ts';
import { audit } from './routes/audit.ts';
import { sensitivity } from './routes/sensitivity.ts';
import { uncertainty } from './routes/uncertainty.ts';
import { verify } from './routes/verify.ts';
import { whatItTakes } from './routes/what-it-takes.ts';
import { requestCache, sendCached } from './send-cached.ts';
import { registerServicePaths } from './service-paths.ts';

/** How an app is made: where expensive work runs (default: in the request's thread, under the time budget). */
export interface AppOptions {
  executor?: Executor;
  /** Compress JSON, CSV and text over 1 KiB for clients that accept it (default true). */
  compress?: boolean;
}

const openCors = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'OPTIONS'],
  exposeHeaders: ['ETag', 'X-Request-Id', 'Link'],
  maxAge: 86400,
});

const tooLarge = () => {
  throw new ApiProblem(413, 'too-large', `the request body is larger than the limit of ${BODY_LIMIT} bytes`, {
    headers: { Connection: 'close' },
  });
};

/**
 * The API as one Hono app: a standard fetch handler with no Node-only imports, so it runs on
 * Node (src/server.ts, which injects a worker-thread executor), on edge runtimes, and mounted
 * inside another server. Every route is relative to the app's root: mount it by passing
 * requests with the mount prefix removed.
 * @example const app = createApp({ executor: inlineExecutor({ budgetMs: 5000 }) });
 */
export function createApp(options: AppOptions = {}) {
  const executor = options.executor ?? inlineExecutor();
  const app = createRouter();
  app.use('*', requestId());
  if (options.compress !== false) app.use('*', compress(), sized);
  app.use(
    '*',
    secureHeaders({
      crossOriginResourcePolicy: 'cross-origin',
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      overwrite: false,
    }),
  );
  app.use('*', urlLimit, reservedQuery, allowGate(app));
  app.use('*', (c, next) => (c.req.method === 'POST' ? next() : openCors(c, next)));
  app.use('/v1/*', bodyLimit({ maxSize: BODY_LIMIT, onError: tooLarge }), jsonDepth);
  app.use('*', (c, next) => (c.set('executor', executor), next()));
  app.use('/v1/*', csvSourceLink, requestCache);
  mountRoutes(app);
  app.notFound(
    notFoundHandler(() => [...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => r.path))]),
  );
  app.onError(onError);
  return app;
}

/** Every route of the API, on an app. */
function mountRoutes(app: ReturnType<typeof createRouter>): void {
  for (const router of [
    health,
    framework,
    indicators,
    cities,
    city,
    whatItTakes,
    rankings,
    score,
    audit,
    uncertainty,
    sensitivity,
    reputation,
    claims,
    verify,
    errata,
    explainRoutes,
    source,
  ])
    app.route('/v1', router);
  app.route('/', docs);
  registerServicePaths(app);
  app.get('/openapi.json', (c) =>
    sendCached(c, 'openapi', () => representation('json', openApiDocument(app), () => [])),
  );
  app.get('/', (c) =>
    c.json({ name: 'Smart Cities Index API', docs: 'docs', openapi: 'openapi.json', health: 'v1/health' }),
  );
}

/** The API with the default (in-thread) executor: what tests, the web server and edge runtimes use. */
export const app = createApp();

export default app;
