import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StartedServer } from '../scripts/start-server.mjs';
import { app } from '../src/app.ts';
import { BODY_LIMIT, MAX_SENSITIVITY_SAMPLES, URL_LIMIT } from '../src/limits.ts';
import { json } from './json.ts';
import { builtFile } from './worker-bundle.ts';

/** Sends raw bytes and returns everything the server answers until it closes the connection. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

const heavy = {
  spec: {
    samples: MAX_SENSITIVITY_SAMPLES,
    bootstrap: 1000,
    weightNoise: { pillars: 0.25, indicators: 0.25 },
    aggregation: ['arithmetic', 'geometric'],
    dropOne: true,
  },
};
const postJson = (base: string, path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the built Node server on 127.0.0.1 (dist/server.mjs, worker threads)', () => {
  let server: StartedServer;
  let base: string;
  beforeAll(async () => {
    builtFile('dist/server.mjs');
    builtFile('dist/pool-worker.mjs');
    server = await startServer();
    base = `http://127.0.0.1:${server.port}`;
  }, 30_000);
  afterAll(() => server?.stop());

  it('delivers the 413 before closing the connection, every time (20 bodies of 12 MiB)', async () => {
    const body = 'x'.repeat(12 * 1024 * 1024);
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      const outcome = await fetch(`${base}/v1/score`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv' },
        body,
      })
        .then(async (r) => `${r.status} ${r.headers.get('connection')} ${(await json(r)).type}`)
        .catch((error: Error) => `lost: ${String(error.cause ?? error)}`);
      seen.push(outcome);
    }
    expect(new Set(seen)).toEqual(new Set(['413 close urn:smartcities:problem:too-large']));
    expect(BODY_LIMIT).toBeLessThan(body.length);
  }, 60_000);

  it('answers a URL over 16 KiB with a 414 problem document', async () => {
    const response = await fetch(`${base}/v1/rankings?x=${'a'.repeat(URL_LIMIT)}`);
    expect(response.status).toBe(414);
    expect((await json(response)).type).toBe('urn:smartcities:problem:uri-too-long');
  });

  it('answers a method token the HTTP parser refuses with a 405 problem and Allow', async () => {
    const answer = await raw(server.port, 'FROB /v1/rankings HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1.1 405 /);
    expect(answer).toMatch(/\r\nAllow: GET, HEAD, POST, OPTIONS\r\n/);
    expect(answer).toMatch(/\r\nConnection: close\r\n/);
    expect(JSON.parse(answer.split('\r\n\r\n')[1]!).type).toBe('urn:smartcities:problem:method-not-allowed');
  });

  it('gzips JSON over 1 KiB for a client that accepts it, and not for one that does not', async () => {
    const zipped = await fetch(`${base}/openapi.json`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect((await json(zipped)).openapi).toBe('3.1.0');
    const plain = await fetch(`${base}/openapi.json`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const small = await fetch(`${base}/v1/health`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it('runs an analysis in a worker thread with the same answer as the app in-thread', async () => {
    const body = { spec: { runs: 300, seed: 9, weightNoise: { pillars: 0.25 } } };
    const pooled = await postJson(base, '/v1/uncertainty', body);
    const inline = await app.request('/v1/uncertainty', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(pooled.status).toBe(200);
    expect(await pooled.text()).toBe(await inline.text());
  }, 30_000);
});

describe('the built Node server under pressure', () => {
  let server: StartedServer;
  let base: string;
  beforeAll(async () => {
    server = await startServer({ env: { API_BUDGET_MS: '150', API_QUEUE: '0', API_WORKERS: '1' } });
    base = `http://127.0.0.1:${server.port}`;
  }, 30_000);
  afterAll(() => server?.stop());

  it('answers 503 problems: time budget exhausted, and queue full with Retry-After', async () => {
    const answers = await Promise.all([1, 2].map(() => postJson(base, '/v1/sensitivity', heavy)));
    const problems = await Promise.all(
      answers.map(async (r) => [r.status, r.headers.get('retry-after'), (await json(r)).type]),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        [503, '5', 'urn:smartcities:problem:time-budget-exhausted'],
        [503, '5', 'urn:smartcities:problem:busy'],
      ]),
    );
    expect((await fetch(`${base}/v1/rankings`)).status).toBe(200);
  }, 30_000);
});
