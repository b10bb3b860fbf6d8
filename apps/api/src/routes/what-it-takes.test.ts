import { defineScenario } from '@smartcities/core';
import { whatItTakes } from '@smartcities/core/analysis';
import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/json.ts';
import { app } from '../app.ts';

describe('GET /v1/cities/{id}/what-it-takes', () => {
  it("answers core's whatItTakes for a rank, with provenance", async () => {
    const body = await json(await app.request('/v1/cities/paris/what-it-takes?rank=5'));
    const { ok: _ok, ...expected } = whatItTakes(edition2020.dataset, defineScenario({}), 'paris', {
      rank: 5,
    }) as { ok: true };
    expect(body).toEqual({
      provenance: expect.objectContaining({ edition: '2020' }),
      ...JSON.parse(JSON.stringify(expected)),
    });
    expect(body.current).toEqual({ score: expect.any(Number), rank: 6, tier: 'advanced' });
    expect(body.combination.status).toBe('reached');
  });

  it('answers a tier under a scenario, and "already" when the city is there', async () => {
    const london = await json(await app.request('/v1/cities/london/what-it-takes?tier=leading'));
    expect(london).toMatchObject({ already: true, single: [], combination: null });
    const cairo = await json(await app.request('/v1/cities/cairo/what-it-takes?tier=advanced&a=geometric'));
    expect(cairo.provenance.scenarioHash).not.toBe(london.provenance.scenarioHash);
    expect(cairo.target).toEqual({ tier: 'advanced' });
  });

  it.each([
    ['', '?rank', /exactly one of \?rank/],
    ['?rank=3&tier=leading', '?tier', /exactly one/],
    ['?rank=0', '?rank', /whole number of 1 or more/],
    ['?rank=50', '?rank', /from 1 to 20, got 50/],
    ['?tier=best', '?tier', /leading/],
  ])('refuses %s with a 400 naming %s', async (query, path, message) => {
    const response = await app.request(`/v1/cities/paris/what-it-takes${query}`);
    const problem = await json(response);
    expect(response.status).toBe(400);
    expect(problem.errors[0].path).toBe(path);
    expect(problem.errors[0].message).toMatch(message);
  });

  it('answers 404 with a suggestion for an unknown city', async () => {
    const problem = await json(await app.request('/v1/cities/pari/what-it-takes?rank=3'));
    expect(problem).toMatchObject({ status: 404, suggestion: 'paris' });
  });

  it('gives the per-indicator answers as CSV', async () => {
    const csv = await (await app.request('/v1/cities/paris/what-it-takes?rank=5&format=csv')).text();
    expect(csv.split('\r\n')[0]).toMatch(/^indicator,current,best,/);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(22);
  });
});
