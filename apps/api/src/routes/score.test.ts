import { defineScenario, levelRows, score } from '@smartcities/core';
import { loadDataset } from '@smartcities/data/load';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/json.ts';
import { app } from '../app.ts';
import { BODY_LIMIT } from '../limits.ts';

const post = (path: string, type: string | undefined, body: string) =>
  app.request(path, { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body });

const example = async (type: 'application/json' | 'text/csv') => {
  const spec = await json(await app.request('/openapi.json'));
  const value = spec.paths['/v1/score'].post.requestBody.content[type].example;
  return typeof value === 'string' ? value : JSON.stringify(value);
};

describe('POST /v1/score', () => {
  it('scores the documented JSON example (our layout) exactly as core does, never cached', async () => {
    const text = await example('application/json');
    const response = await post('/v1/score?n=min-max', 'application/json', text);
    const body = await json(response);
    const loaded = await loadDataset({ units: { name: 'body.json', text }, edition: { id: 'posted' } });
    if (!loaded.ok) throw new Error('the example does not load');
    const result = score(loaded.dataset, defineScenario({ normalisation: { method: 'min-max' } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.rows).toEqual(JSON.parse(JSON.stringify(levelRows(result, loaded.dataset))));
    expect(body.provenance).toEqual(result.provenance);
    expect(body.rows.map((r: { city: string }) => r.city)).toEqual(['alpha', 'gamma', 'beta']);
  });

  it("scores COINr's iData/iMeta as JSON", async () => {
    const coinr = {
      iData: [
        { uCode: 'A', uName: 'Aland', x: 1, y: 4 },
        { uCode: 'B', uName: 'Bland', x: 2, y: 3 },
      ],
      iMeta: [
        { iCode: 'x', iName: 'X', Level: 1, Parent: 'Index', Direction: 1, Weight: 1, Type: 'Indicator' },
        { iCode: 'y', iName: 'Y', Level: 1, Parent: 'Index', Direction: -1, Weight: 1, Type: 'Indicator' },
        { iCode: 'Index', iName: 'Index', Level: 2, Parent: '', Direction: 1, Weight: 1, Type: 'Aggregate' },
      ],
    };
    const body = await json(await post('/v1/score?n=min-max', 'application/json', JSON.stringify(coinr)));
    expect(body.rows.map((r: { city: string; score: number }) => [r.city, r.score])).toEqual([
      ['B', 100],
      ['A', 0],
    ]);
  });

  it('scores a CSV body and answers CSV in the CLI columns', async () => {
    const csv = await (
      await post('/v1/score?n=min-max&format=csv', 'text/csv', await example('text/csv'))
    ).text();
    expect(csv.split('\r\n').slice(0, 2)).toEqual([
      'rank,city,name,score,tier,broadband,broadband_rank,patents,patents_rank,co2,co2_rank,flags',
      '1,gamma,Gamma,100,advanced,70.6896551724138,2,,,100,1,',
    ]);
  });

  it.each([
    ['text/plain', 'id,name,a\nx,X,1\n', 415, 'unsupported-media-type'],
    [undefined, 'id,name,a\nx,X,1\n', 415, 'unsupported-media-type'],
    ['application/json', '   ', 400, 'empty-body'],
    ['application/json', '{"units": [1,2', 400, 'malformed-body'],
    ['text/csv', 'id,name,a\nx,X,1\ny,Y,zz\n', 422, 'invalid-data'],
  ])('refuses a %s body %j with %i %s', async (type, body, status, code) => {
    const response = await post('/v1/score?n=min-max', type, body);
    expect(response.status).toBe(status);
    expect((await json(response)).type).toBe(`urn:smartcities:problem:${code}`);
  });

  it('names the row and column of each problem in the data', async () => {
    const problem = await json(await post('/v1/score', 'text/csv', 'id,name,a\nx,X,1\ny,Y,zz\n'));
    expect(problem.errors).toEqual([
      {
        path: 'body.csv, row 3, column "a"',
        message: '"zz" is not a number',
        code: 'not-a-number',
        row: 3,
        column: 'a',
      },
      {
        path: 'body.csv, row 1, column "a"',
        message: expect.stringMatching(/^column "a" mixes numbers and text/),
        code: 'ambiguous-column',
        row: 1,
        column: 'a',
      },
    ]);
  });

  it('sets aside columns that are not indicators and says which, with why', async () => {
    const csv = 'id,name,lat,region,a,b\nx,X,51.5,North,1,2\ny,Y,48.9,South,3,1\n';
    const body = await json(await post('/v1/score?n=min-max', 'text/csv', csv));
    const roles = (body.columns as { column: string; role: string; reason: string }[]).map(
      (c) => `${c.column}: ${c.role} (${c.reason})`,
    );
    expect(roles).toEqual([
      'id: id (layout)',
      'name: name (layout)',
      'lat: coordinate (known-name)',
      'region: group (known-name)',
      'a: indicator (numeric)',
      'b: indicator (numeric)',
    ]);
    expect(Object.keys(body.rows[0].nodes)).not.toContain('lat');
  });

  it('refuses a scenario that does not fit the posted data with 422', async () => {
    const problem = await json(await post('/v1/score?w=economy:2', 'text/csv', 'id,name,a\nx,X,1\ny,Y,2\n'));
    expect(problem).toMatchObject({ status: 422, type: 'urn:smartcities:problem:scenario-does-not-fit' });
    expect(problem.errors[0].path).toBe('weights.economy');
  });

  it('refuses more units than the cap with 422 and a body over the limit with 413', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `u${i},U${i},${i}`).join('\n');
    const many = await json(await post('/v1/score', 'text/csv', `id,name,a\n${rows}\n`));
    expect(many).toMatchObject({ status: 422, type: 'urn:smartcities:problem:too-many-units' });
    const big = await post('/v1/score', 'text/csv', `id,name,a\n${'x'.repeat(BODY_LIMIT)}`);
    expect(big.status).toBe(413);
    expect((await json(big)).detail).toBe(`the request body is larger than the limit of ${BODY_LIMIT} bytes`);
  });
});
