import { describe, expect, it } from 'vitest';
import { openApiCases } from '../scripts/openapi-cases.mjs';
import { responseValidator } from '../scripts/spec-validator.mjs';
import { createApp } from '../src/app.ts';
import { inlineExecutor } from '../src/executor.ts';
import { json } from './json.ts';

const CASES = 5000;
const SEED = 11;

describe(`property-based fuzzing from /openapi.json (fast-check, seed ${SEED}, ${CASES} requests)`, () => {
  it('never answers 5xx (but the documented 503 of a spent budget), and every response fits the document', async () => {
    // a 100 ms budget keeps analyses drawn at their caps short; they answer the documented 503
    const app = createApp({ executor: inlineExecutor({ budgetMs: 100 }) });
    const check = responseValidator(await json(await app.request('/openapi.json')));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let index = 0;
    for (const { method, path, headers, body } of openApiCases(
      await json(await app.request('/openapi.json')),
      SEED,
      CASES,
    )) {
      const response = await app.request(path, { method, headers, body });
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const budget = response.status === 503 && text.includes('time-budget-exhausted');
      const mismatches = check(method, path, response.status, response.headers.get('content-type'), text);
      if ((response.status >= 500 && !budget) || mismatches.length > 0)
        failures.push(
          `#${index} ${method} ${path.slice(0, 100)} → ${response.status} ${mismatches.join('; ')} ${text.slice(0, 160)}`,
        );
      index++;
    }
    expect(index).toBe(CASES);
    expect(failures.slice(0, 10)).toEqual([]);
    // the draw reaches successes and client errors alike (whether a drawn analysis spends its budget
    // depends on the machine's speed; spec-conformance.test.ts tests the 503 of a spent budget)
    expect([200, 400, 404, 405, 422].filter((status) => !statuses.has(status))).toEqual([]);
  }, 300_000);
});
