import { describe, expect, it } from 'vitest';
import { fuzzCase } from '../scripts/fuzz-cases.mjs';
import { app } from '../src/app.ts';

const CASES = 1500;

describe('fuzzing through app.request (bounded: 1500 seeded malformed requests)', () => {
  it('never answers 5xx and every error is a problem document', async () => {
    const failures: string[] = [];
    for (let index = 0; index < CASES; index++) {
      const { method, path, headers, body } = fuzzCase(7, index);
      const response = await app.request(path, {
        method,
        headers,
        body: method === 'GET' || method === 'HEAD' ? undefined : body,
      });
      const text = await response.text();
      const isProblem =
        response.status < 400 ||
        method === 'HEAD' ||
        response.headers.get('content-type')?.startsWith('application/problem+json');
      if (response.status >= 500 || !isProblem)
        failures.push(`#${index} ${method} ${path.slice(0, 120)} → ${response.status} ${text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
