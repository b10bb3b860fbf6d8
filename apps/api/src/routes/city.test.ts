import { defineScenario, profile, score } from '@smartcities/core';
import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { json } from '../../test/json.ts';

describe('GET /v1/cities/{id}', () => {
  it("gives the city's facts, core's profile under the scenario and its case studies", async () => {
    const response = await app.request('/v1/cities/hong-kong?a=geometric');
    const body = await json(response);
    const result = score(edition2020.dataset, defineScenario({ aggregation: { method: 'geometric' } }));
    expect(response.status).toBe(200);
    expect(body.city.name).toBe('Hong Kong');
    expect(body.profile).toEqual(
      JSON.parse(JSON.stringify(profile(result, edition2020.dataset, 'hong-kong'))),
    );
    expect(body.provenance.scenarioHash).toBe(result.provenance.scenarioHash);
    expect(body.caseStudies.map((s: { id: string }) => s.id)).toEqual(['hong-kong-digital-infrastructure']);
    expect(body).not.toHaveProperty('published');
  });

  it("gives the printed figures beside the profile under the report's method", async () => {
    const body = await json(await app.request('/v1/cities/beijing'));
    expect(body.published).toMatchObject({ score: 92.8, rank: 5, tier: 'advanced' });
    expect(body.published.pillars.service).toBe(92);
    expect(body.published.notes[0]).toMatchObject({ field: 'score', computed: 92.7, status: 'rounding' });
  });

  it('answers 404 with a suggestion for an unknown city', async () => {
    const response = await app.request('/v1/cities/lodnon');
    const problem = await json(response);
    expect(response.status).toBe(404);
    expect(problem).toMatchObject({
      status: 404,
      suggestion: 'london',
      type: 'urn:smartcities:problem:unknown-city',
    });
    expect(problem.detail).toBe('no city "lodnon" in edition 2020; did you mean "london"?');
  });

  it.each([
    ['London', 'london'],
    ['hong%20kong', 'hong-kong'],
    ['Bombay', 'mumbai'],
    [encodeURIComponent('北京'), 'beijing'],
  ])('finds a city by name or printed alias too: %s is %s', async (name, id) => {
    const body = await json(await app.request(`/v1/cities/${name}`));
    expect([body.city.id, body.profile.city]).toEqual([id, id]);
  });

  it('answers 404 without a suggestion when nothing is close', async () => {
    const problem = await json(await app.request('/v1/cities/atlantis'));
    expect(problem.suggestion).toBeUndefined();
    expect(problem.detail).toMatch(/GET \/v1\/cities lists them/);
  });

  it('gives the profile nodes as CSV', async () => {
    const csv = await (await app.request('/v1/cities/london', { headers: { Accept: 'text/csv' } })).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,name,type,parent,value,score,rank,median,leader,vsMedian');
    expect(lines).toHaveLength(1 + 1 + 5 + 21);
    expect(lines[1]).toMatch(/^index,Smart city index,aggregate,,,100,1,/);
  });
});
