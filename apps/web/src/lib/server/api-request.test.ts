import { describe, expect, it } from 'vitest';
import { apiRequest } from './api-request';

/** A request as the web server hands it to the /api route. */
const call = (path: string, init: RequestInit & { duplex?: 'half' } = {}) => {
  const url = new URL(`http://127.0.0.1${path}`);
  return apiRequest(new Request(url, init), url);
};
const problemOf = async (response: Response) => ({
  status: response.status,
  type: response.headers.get('content-type'),
  body: (await response.json()) as {
    type: string;
    instance: string;
    suggestion?: string;
    errors?: { path: string }[];
  },
});

describe('apiRequest: the API under /api keeps its own limits and problem documents', () => {
  it('answers an oversized body with the API 413 problem, from its Content-Length, without reading it', async () => {
    const body = new ReadableStream({ pull: () => undefined });
    const response = await call('/api/v1/score', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', 'Content-Length': String(3 * 1024 * 1024) },
      body,
      duplex: 'half',
    });
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status: 413, type: 'application/problem+json; charset=utf-8' });
    expect(problem.body).toMatchObject({
      type: 'urn:smartcities:problem:too-large',
      instance: '/api/v1/score',
    });
  });

  it('keeps the /api prefix in 404 suggestions', async () => {
    const problem = await problemOf(await call('/api/v1/rankngs'));
    expect(problem.body).toMatchObject({ instance: '/api/v1/rankngs', suggestion: '/api/v1/rankings' });
  });

  it('streams a JSON body through to the API checks (deep nesting is a 400 naming the field)', async () => {
    const deep = `{"spec":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const response = await call('/api/v1/uncertainty', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: deep,
    });
    const problem = await problemOf(response);
    expect(problem.status).toBe(400);
    expect(problem.body.errors?.[0]?.path).toBe('spec');
  });

  it('still answers a plain request', async () => {
    const response = await call('/api/v1/rankings?a=geometric');
    expect(response.status).toBe(200);
  });
});
