import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { describe, expect, it, vi } from 'vitest';
import type { AppEnv } from './env.ts';
import { onError } from './on-error.ts';
import { ApiProblem } from './problem.ts';
import { json } from '../test/json.ts';

const appThrowing = (error: Error) => {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.get('/boom', () => {
    throw error;
  });
  app.onError(onError);
  return app;
};

describe('onError', () => {
  it('sends an ApiProblem as application/problem+json with its status, extras and headers', async () => {
    const response = await appThrowing(
      new ApiProblem(405, 'method-not-allowed', 'use GET', { headers: { Allow: 'GET' }, suggestion: 'GET' }),
    ).request('/boom');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const problem = await json(response);
    expect(problem).toEqual({
      type: 'urn:smartcities:problem:method-not-allowed',
      title: 'Method not allowed',
      status: 405,
      detail: 'use GET',
      instance: '/boom',
      requestId: response.headers.get('x-request-id'),
      suggestion: 'GET',
    });
  });

  it.each([
    [413, 'too-large', /limit of 2097152 bytes/],
    [415, 'unsupported-media-type', /application\/json or text\/csv/],
    [400, 'bad-request', /Malformed JSON/],
  ] as const)("maps Hono's HTTPException %i to the %s problem", async (status, code, detail) => {
    const response = await appThrowing(
      new HTTPException(status, { message: 'Malformed JSON in request body' }),
    ).request('/boom');
    const problem = await json(response);
    expect(response.status).toBe(status);
    expect(problem.type).toBe(`urn:smartcities:problem:${code}`);
    expect(problem.detail).toMatch(detail);
  });

  it('answers a request whose client went away with a quiet 400, not a logged 500', async () => {
    const aborted = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    const response = await appThrowing(aborted).request('/boom');
    expect(response.status).toBe(400);
    expect((await json(response)).type).toBe('urn:smartcities:problem:client-aborted');
  });

  it('answers a bug with a 500 problem that names the request id but never the stack', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await appThrowing(new TypeError('secret internals')).request('/boom');
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toMatch(/secret internals|TypeError|\.ts:/);
    expect(JSON.parse(text)).toMatchObject({ status: 500, type: 'urn:smartcities:problem:internal' });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
