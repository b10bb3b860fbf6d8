import type { MiddlewareHandler } from 'hono';
import { bodyFormat } from './dataset-body.ts';
import { tooDeep } from './json-depth.ts';
import { MAX_JSON_DEPTH, URL_LIMIT } from './limits.ts';
import { ApiProblem } from './problem.ts';

/** 414 for a request URL longer than the limit, before anything reads it. */
export const urlLimit: MiddlewareHandler = async (c, next) => {
  if (c.req.url.length <= URL_LIMIT) return next();
  throw new ApiProblem(414, 'uri-too-long', `the request URL is longer than the limit of ${URL_LIMIT} bytes`);
};

/**
 * 400 for a query parameter named like prototype machinery (`?__proto__=1`): a parsed query
 * object would drop it silently, so it is checked on the raw URL, where every route refuses it.
 */
export const reservedQuery: MiddlewareHandler = async (c, next) => {
  const key = [...new URL(c.req.url).searchParams.keys()].find((k) => k === '__proto__' || k === 'prototype');
  if (key === undefined) return next();
  const message = `unknown query parameter "${key}"`;
  throw new ApiProblem(400, 'invalid-parameters', message, {
    errors: [{ path: `?${key}`, message, code: 'unknown-parameter' }],
  });
};

/** 400 naming the field for a JSON body nested deeper than the limit, checked before any parsing or validation. */
export const jsonDepth: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== 'POST' || bodyFormat(c.req.header('Content-Type')) !== 'json') return next();
  const path = tooDeep(await c.req.text(), MAX_JSON_DEPTH);
  if (path === null) return next();
  const message = `nested more than ${MAX_JSON_DEPTH} levels deep`;
  throw new ApiProblem(400, 'too-deep', `the JSON body is ${message} at ${path}`, {
    errors: [{ path, message, code: 'too-deep' }],
  });
};

/**
 * Gives a response built from a string its `Content-Length`, so that compression (which runs
 * around this) can leave small bodies alone: without a length, Hono's compress middleware
 * compresses everything, however small.
 */
export const sized: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.headers.has('Content-Length') || !c.res.body || c.req.method === 'HEAD') return;
  const bytes = new Uint8Array(await c.res.arrayBuffer());
  const response = new Response(bytes, c.res);
  response.headers.set('Content-Length', String(bytes.byteLength));
  c.res = response;
};
