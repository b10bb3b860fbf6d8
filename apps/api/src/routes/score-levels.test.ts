import { describe, expect, it } from 'vitest';
import { json } from '../../test/json.ts';
import { app } from '../app.ts';
import { scoredSchema } from './score.ts';

const framework = [
  { id: 'index', name: 'Index', type: 'aggregate', parent: '', weight: 1, direction: 1 },
  { id: 'p1', name: 'P1', type: 'aggregate', parent: 'index', weight: 1, direction: 1 },
  { id: 'p2', name: 'P2', type: 'aggregate', parent: 'index', weight: 1, direction: 1 },
  { id: 'a', name: 'A', type: 'indicator', parent: 'p1', weight: 1, direction: 1 },
  { id: 'b', name: 'B', type: 'indicator', parent: 'p1', weight: 1, direction: 1 },
  { id: 'c', name: 'C', type: 'indicator', parent: 'p2', weight: 1, direction: 1 },
];
const units = [
  { id: 'x', name: 'X', a: 1, b: 2, c: 9 },
  { id: 'y', name: 'Y', a: 2, b: null, c: 7 },
  { id: 'z', name: 'Z', a: 3, b: 5, c: 4 },
];
const post = (query: string) =>
  app.request(`/v1/score?${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ units, framework }),
  });

describe('POST /v1/score: every level and the data steps', () => {
  it('gives every row the scores and ranks of every level, and flags imputed cells', async () => {
    const body = await json(await post('n=min-max&impute=mean'));
    expect(scoredSchema.parse(body)).toEqual(body);
    const y = body.rows.find((r: { city: string }) => r.city === 'y');
    expect(Object.keys(y.nodes)).toEqual(['p1', 'p2', 'a', 'b', 'c']);
    expect(y.nodes.b).toEqual({ score: 50, rank: 2 });
    expect(y.flags).toEqual({ b: 'imputed' });
    expect(body.data.imputed).toEqual([{ unit: 'y', indicator: 'b', value: 3.5, from: 'column' }]);
  });

  it('writes every level and the flags to CSV', async () => {
    const csv = await (await post('n=min-max&impute=median&format=csv')).text();
    expect(csv.split('\r\n')[0]).toBe(
      'rank,city,name,score,tier,p1,p1_rank,p2,p2_rank,a,a_rank,b,b_rank,c,c_rank,flags',
    );
    expect(csv).toContain('b:imputed');
  });

  it('names a bad data-step parameter', async () => {
    const response = await post('treat=clip');
    expect(response.status).toBe(400);
    expect((await json(response)).errors[0].path).toMatch(/^\?treat/);
  });
});

describe('GET /v1/rankings with data steps', () => {
  it('logs what the data steps did beside the rows', async () => {
    const body = await json(await app.request('/v1/rankings?treat=coinr'));
    expect(body.data.steps).toEqual({ impute: 'none', treat: 'coinr' });
    expect(body.data.treatment).toHaveLength(21);
    expect((await json(await app.request('/v1/rankings'))).data).toBeUndefined();
  });
});
