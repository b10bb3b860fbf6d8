// @vitest-environment edge-runtime
import { describe, expect, it } from 'vitest';
import { app } from '../src/app.ts';
import { json } from './json.ts';

describe("the app module in the edge-runtime VM (Vercel's edge globals, no Node APIs)", () => {
  it("runs with the edge runtime's globals", () => {
    expect((globalThis as { EdgeRuntime?: unknown }).EdgeRuntime).toBe('edge-runtime');
  });

  it('answers rankings, a city and a problem', async () => {
    const ranking = await json(await app.request('/v1/rankings'));
    expect(ranking.rows[0]).toMatchObject({ city: 'london', rank: 1, score: 100 });
    expect((await json(await app.request('/v1/cities/london'))).profile.rank).toBe(1);
    const problem = await app.request('/v1/cities/lodnon');
    expect(problem.status).toBe(404);
  });
});
