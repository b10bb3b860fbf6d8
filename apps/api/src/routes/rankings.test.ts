import {
  defineScenario,
  printedOption,
  rankingRows,
  scenarioFromQuery,
  score,
  type Scenario,
} from '@smartcities/core';
import { edition2020 } from '@smartcities/data';
import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { json } from '../../test/json.ts';

/** What the CLI's `rank --format json` holds: core's rows, with changes against the report's method unless it is the scenario. */
const expected = (scenario: Scenario, node?: string) => {
  const result = score(edition2020.dataset, scenario);
  const report = score(edition2020.dataset);
  const baseline =
    result.provenance.scenarioHash === report.provenance.scenarioHash ? {} : { baseline: report };
  return JSON.stringify({
    provenance: result.provenance,
    rows: rankingRows(result, edition2020.dataset, {
      node,
      ...baseline,
      ...printedOption(result, edition2020),
    }),
  });
};

describe('GET /v1/rankings', () => {
  it('gives the report ranking with provenance, byte for byte what core computes', async () => {
    const response = await app.request('/v1/rankings');
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toBe(expected(defineScenario({})));
    const body = JSON.parse(text);
    expect(body.rows).toHaveLength(20);
    expect(body.rows[0]).toMatchObject({ rank: 1, city: 'london', score: 100, tier: 'leading' });
    expect(body.provenance).toMatchObject({ edition: '2020', engineVersion: '0.1.0' });
    expect(body.rows[0].change).toBeUndefined();
  });

  it("carries the printed figures beside the computed ones under the report's method only", async () => {
    const body = await json(await app.request('/v1/rankings'));
    const beijing = body.rows.find((r: { city: string }) => r.city === 'beijing');
    expect(beijing.published).toMatchObject({ score: 92.8, rank: 5, tier: 'advanced' });
    expect(beijing.published.pillars.service).toBe(92);
    expect(beijing.published.notes[0]).toMatchObject({
      field: 'score',
      computed: 92.7,
      status: 'rounding',
      bound: 0.117,
    });
    const other = await json(await app.request('/v1/rankings?a=geometric'));
    expect(other.rows.some((r: object) => 'published' in r)).toBe(false);
  });

  it("gives each row its change against the report's method under another scenario", async () => {
    const body = await json(await app.request('/v1/rankings?a=geometric&w=economy:2'));
    const newYork = body.rows.find((r: { city: string }) => r.city === 'new-york');
    expect(newYork).toMatchObject({ rank: 1, change: 1 });
    expect(body.rows.every((r: { change?: number }) => typeof r.change === 'number')).toBe(true);
  });

  it.each([
    ['a=geometric', { aggregation: { method: 'geometric' } }],
    [
      'n=min-max&w=economy:2,innovation:0.5',
      { normalisation: { method: 'min-max' }, weights: { economy: 2, innovation: 0.5 } },
    ],
    [
      'x=open-data&t=quantile:0.25,0.75',
      { exclude: ['open-data'], tiers: { rule: 'quantile', probs: [0.25, 0.75] } },
    ],
  ] as const)('reads the scenario ?%s exactly as core does', async (query, input) => {
    const parsed = scenarioFromQuery(query);
    expect(parsed.ok).toBe(true);
    const text = await (await app.request(`/v1/rankings?${query}`)).text();
    expect(text).toBe(expected(defineScenario(input as never)));
    expect(JSON.parse(text).provenance.scenarioHash).toBe(
      score(edition2020.dataset, defineScenario(input as never)).provenance.scenarioHash,
    );
  });

  it('ranks by a pillar with ?pillar', async () => {
    const text = await (await app.request('/v1/rankings?pillar=economy')).text();
    expect(text).toBe(expected(defineScenario({}), 'economy'));
    expect(JSON.parse(text).rows[0]).toMatchObject({ city: 'new-york', rank: 1, tier: null });
  });

  it('answers CSV for ?format=csv and for Accept: text/csv, with the same rows', async () => {
    const byQuery = await app.request('/v1/rankings?format=csv');
    const byAccept = await app.request('/v1/rankings', { headers: { Accept: 'text/csv' } });
    const csv = await byQuery.text();
    expect(byQuery.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await byAccept.text()).toBe(csv);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe(
      'rank,city,name,score,tier,infrastructure,infrastructure_rank,economy,economy_rank,service,service_rank,governance,governance_rank,innovation,innovation_rank,published_score,published_rank,published_tier,published_infrastructure,published_economy,published_service,published_governance,published_innovation,published_notes',
    );
    expect(lines[1]).toMatch(/^1,london,London,100,leading,89.925,3,/);
  });

  it('sends an ETag, answers 304 to If-None-Match, and gives equivalent scenarios the same tag', async () => {
    const first = await app.request('/v1/rankings?a=geometric');
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
    const again = await app.request('/v1/rankings?a=geometric', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const spelledOut = await app.request('/v1/rankings?a=geometric&r=leader-100&t=mean-sd:1');
    expect(spelledOut.headers.get('etag')).toBe(etag);
  });

  it.each([
    ['pillar=econ', '?pillar', /unknown pillar "econ"; did you mean "economy"\?/],
    ['pillar=mobile-phone', '?pillar', /not an aggregate/],
    ['pillar=economy&x=economy', '?pillar', /excluded/],
    ['a=geo', '?a (aggregation.method)', /did you mean "geometric"/],
    ['w=economy:x', '?w', /expected id:weight/],
    ['w=foo:2', '?w (weights.foo)', /unknown indicator or pillar "foo"/],
    ['pilar=economy', '?pilar', /did you mean "pillar"/],
    ['w=economy:2&w=service:2', '?w', /expected string/i],
    ['format=xml', '?format', /json|csv/],
  ])('refuses ?%s with a 400 problem naming %s', async (query, path, message) => {
    const response = await app.request(`/v1/rankings?${query}`);
    const problem = await json(response);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(problem.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(message);
  });
});
