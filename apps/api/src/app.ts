import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { BODY_LIMIT } from './limits.ts';
import { notFoundHandler } from './not-found.ts';
import { onError } from './on-error.ts';
import { openApiDocument } from './openapi.ts';
import { ApiProblem } from './problem.ts';
import { problemResponse } from './problem-response.ts';
import { representation } from './representation.ts';
import { createRouter } from './router.ts';
import { cities } from './routes/cities.ts';
import { city } from './routes/city.ts';
import { docs } from './routes/docs.ts';
import { errata } from './routes/errata.ts';
import { explainRoutes } from './routes/explain.ts';
import { framework } from './routes/framework.ts';
import { health } from './routes/health.ts';
import { rankings } from './routes/rankings.ts';
import { reputation } from './routes/reputation.ts';
import { score } from './routes/score.ts';
import { source } from './routes/source.ts';
import { sensitivity } from './routes/sensitivity.ts';
import { uncertainty } from './routes/uncertainty.ts';
import { verify } from './routes/verify.ts';
import { whatItTakes } from './routes/what-it-takes.ts';
import { requestCache, sendCached } from './send-cached.ts';

/**
 * The API as one Hono app: a standard fetch handler with no Node-only imports, so it runs on
 * Node (src/server.ts), on edge runtimes, and mounted inside another server. Every route is
 * relative to the app's root: mount it by passing requests with the mount prefix removed.
 * @example const response = await app.request('/v1/rankings?a=geometric');
 */
export const app = createRouter();

const openCors = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD', 'OPTIONS'],
  exposeHeaders: ['ETag', 'X-Request-Id'],
  maxAge: 86400,
});

app.use('*', requestId());
app.use(
  '*',
  secureHeaders({
    crossOriginResourcePolicy: 'cross-origin',
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    overwrite: false,
  }),
);
app.use('*', (c, next) => (c.req.method === 'POST' ? next() : openCors(c, next)));
app.use(
  '*',
  methodNotAllowed({
    app,
    onMethodNotAllowed: (c, methods) =>
      problemResponse(
        c,
        new ApiProblem(
          405,
          'method-not-allowed',
          `${c.req.method} is not allowed here; use ${methods.join(', ')}`,
          { headers: { Allow: methods.join(', ') } },
        ),
      ),
  }),
);
app.use(
  '/v1/*',
  bodyLimit({
    maxSize: BODY_LIMIT,
    onError: () => {
      throw new ApiProblem(
        413,
        'too-large',
        `the request body is larger than the limit of ${BODY_LIMIT} bytes`,
      );
    },
  }),
);

app.use('/v1/*', requestCache);

for (const router of [
  health,
  framework,
  cities,
  city,
  whatItTakes,
  rankings,
  score,
  uncertainty,
  sensitivity,
  reputation,
  verify,
  errata,
  explainRoutes,
  source,
])
  app.route('/v1', router);
app.route('/', docs);

app.get('/openapi.json', (c) =>
  sendCached(c, 'openapi', () => representation('json', openApiDocument(app), () => [])),
);
app.get('/', (c) =>
  c.json({ name: 'Smart Cities Index API', docs: 'docs', openapi: 'openapi.json', health: 'v1/health' }),
);

app.notFound(
  notFoundHandler(() => [...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => r.path))]),
);
app.onError(onError);

export default app;
