import { describe, expect, it } from 'vitest';
import { json } from '../test/json.ts';
import { app } from './app.ts';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const postJson = (path: string, body: string) =>
  app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

/** Status, problem code and the paths a problem names. */
async function outcome(response: Response) {
  const body = await json(response);
  return {
    status: response.status,
    code: String(body.type ?? '').replace('urn:smartcities:problem:', ''),
    paths: (body.errors ?? []).map((e: { path: string }) => e.path),
  };
}

describe('hostile input (the failures measured in issue 11, reproduced)', () => {
  it.each([
    ['/v1/score', `{"units":${nested(5000)}}`, 'units'],
    ['/v1/score', `{"iData":[{"uCode":"a","x":${nested(5000)}}]}`, 'iData.x'],
    ['/v1/uncertainty', `{"spec":{"runs":${nested(5000)}}}`, 'spec.runs'],
    ['/v1/uncertainty', `{"scenario":{"weights":${nested(5000)}},"spec":{}}`, 'scenario.weights'],
    ['/v1/sensitivity', `{"spec":{"aggregation":${nested(5000)}}}`, 'spec.aggregation'],
    ['/v1/sensitivity', nested(5000), '(body)'],
  ])('POST %s nested 5,000 deep is a 400 naming %s, before validation', async (path, body, field) => {
    expect(await outcome(await postJson(path, body))).toEqual({
      status: 400,
      code: 'too-deep',
      paths: [field],
    });
  });

  it.each(['__proto__', 'constructor', 'toString', 'valueOf'])(
    'POST /v1/score with a data key "%s" on one row scores it as ordinary data',
    async (key) => {
      const body = `{"units":[{"id":"a","name":"A","${key}":1,"x":2},{"id":"b","name":"B","x":3}]}`;
      const response = await postJson('/v1/score?n=min-max', body);
      expect(response.status).toBe(200);
      const { rows } = await json(response);
      expect(rows.map((r: { city: string }) => r.city).sort()).toEqual(['a', 'b']);
    },
  );

  it.each(['__proto__', 'constructor', 'toString', 'valueOf'])(
    'POST /v1/score with a CSV column "%s" scores it as ordinary data',
    async (key) => {
      const response = await app.request('/v1/score?n=min-max', {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv' },
        body: `id,name,${key},x\na,A,1,2\nb,B,,3\n`,
      });
      expect(response.status).toBe(200);
    },
  );

  it.each([
    ['/v1/rankings?a=generalised&a.p=160', '?a.p (aggregation.p)'],
    ['/v1/rankings?a=generalised&a.p=155', '?a.p (aggregation.p)'],
    ['/v1/rankings?n=min-max&n.upper=1e308&n.lower=-1e308', '?n.lower (normalisation.params.lower)'],
    ['/v1/rankings?w=economy:1e308,infrastructure:1e308', '?w (weights.economy)'],
    ['/v1/cities/paris?a=generalised&a.p=160', '?a.p (aggregation.p)'],
    ['/v1/reputation?a=generalised&a.p=160', '?a.p (aggregation.p)'],
  ])('%s is a 422 naming %s, never a 200 with null scores', async (path, named) => {
    expect(await outcome(await app.request(path))).toEqual({
      status: 422,
      code: 'scenario-does-not-fit',
      paths: [named],
    });
  });

  it('a posted analysis whose scenario overflows is a 422 naming the scenario field', async () => {
    const body = JSON.stringify({
      scenario: 'a=generalised&a.p=160',
      spec: { weightNoise: { pillars: 0.2 } },
    });
    const result = await outcome(await postJson('/v1/uncertainty', body));
    expect(result).toMatchObject({ status: 422, paths: ['scenario.aggregation.p'] });
  });

  it.each([
    ['/v1/rankings?w=economy:0x10', '?w'],
    ['/v1/rankings?a=generalised&a.p=0x10', '?a.p'],
    ['/v1/rankings?t=mean-sd:0b1', '?t'],
    ['/v1/rankings?__proto__=1', '?__proto__'],
    ['/v1/health?__proto__=1', '?__proto__'],
    ['/v1/rankings?constructor=1', '?constructor'],
    ['/v1/rankings?pilar=economy', '?pilar'],
  ])('%s is a 400 naming %s', async (path, named) => {
    const result = await outcome(await app.request(path));
    expect(result.status).toBe(400);
    expect(result.paths).toContain(named);
  });
});

describe('HTTP manners through app.request', () => {
  it('OPTIONS sends Allow (with and without a CORS preflight)', async () => {
    const plain = await app.request('/v1/score', { method: 'OPTIONS' });
    expect(plain.status).toBe(204);
    expect(plain.headers.get('allow')).toBe('POST, OPTIONS');
    const preflight = await app.request('/v1/rankings', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it.each(['PURGE', 'PROPFIND', 'DELETE'])(
    '%s on a known path is a 405 problem with Allow',
    async (method) => {
      const response = await app.request('/v1/rankings', { method });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    },
  );

  it('a URL over 16 KiB is a 414 problem', async () => {
    const response = await app.request(`/v1/rankings?x=${'a'.repeat(16 * 1024)}`);
    expect(await outcome(response)).toEqual({ status: 414, code: 'uri-too-long', paths: [] });
  });

  it('a 413 says Connection: close', async () => {
    const response = await app.request('/v1/score', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', 'Content-Length': String(3 * 1024 * 1024) },
      body: 'x',
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
  });

  it.each([
    ['/openapi.json', 'gzip'],
    ['/v1/rankings', 'gzip'],
    ['/v1/rankings?format=csv', 'gzip'],
    ['/v1/health', null],
  ])(
    '%s with Accept-Encoding: gzip is encoded as %s (JSON and CSV over 1 KiB only)',
    async (path, encoding) => {
      const response = await app.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary') ?? '').toContain(encoding ? 'Accept-Encoding' : '');
    },
  );
});
