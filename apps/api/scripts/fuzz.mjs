// Fuzzes the built server on loopback: FUZZ_COUNT (default 12,000) seeded malformed requests over
// HTTP plus raw malformed HTTP messages on sockets, bounded by FUZZ_SECONDS (default 240 s) and a
// 10 s timeout per request. Fails (exit 1) on any 5xx, a hang, a dead server, or an error the
// server logged. Usage: pnpm build && pnpm fuzz   (FUZZ_SEED=n to change the run)
import http from 'node:http';
import net from 'node:net';
import { fuzzCase } from './fuzz-cases.mjs';
import { startServer } from './start-server.mjs';

const COUNT = Number(process.env.FUZZ_COUNT ?? 12_000);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 240);
const SEED = Number(process.env.FUZZ_SEED ?? 1);
const CONCURRENCY = 8;
const TIMEOUT = 10_000;
const BODY_LIMIT = 2 * 1024 * 1024;

const rawMessages = [
  'GET / HTTP/1.1\r\n\r\n',
  'GET /v1/health HTTP/9.9\r\nHost: x\r\n\r\n',
  'GARBAGE\r\n\r\n',
  'GET /v1/rankings?a=%zz HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  'POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  'POST /v1/score HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nffffffff\r\n{}\r\n',
  'POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n{',
  `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
  `GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
  'GET /v1/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
  'GET /v1/health\x00 HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET http://evil.example/v1/health HTTP/1.1\r\nHost: x\r\n\r\n',
  'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n',
  '\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03',
];

function send(port, agent, { method, path, headers, body }) {
  return new Promise((resolve) => {
    const request = http.request(
      { host: '127.0.0.1', port, method, path, headers, agent, timeout: TIMEOUT },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode }));
        response.on('error', (error) => resolve({ error: `response: ${error.message}` }));
      },
    );
    request.on('timeout', () => (request.destroy(), resolve({ error: 'timeout (hang)' })));
    request.on('error', (error) => {
      const reset = error.code === 'EPIPE' || error.code === 'ECONNRESET';
      resolve(reset ? { reset: true, reused: request.reusedSocket } : { error: error.message });
    });
    request.end(body === undefined ? undefined : Buffer.from(body));
  });
}

function sendRaw(port, message) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.setTimeout(TIMEOUT, () => (socket.destroy(), resolve({ error: 'timeout (hang)' })));
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', () => resolve({ status: Number(/^HTTP\/1\.\d (\d{3})/.exec(data)?.[1] ?? 0) }));
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.\d (\d{3})/.exec(data)?.[1] ?? 0) }));
    socket.end(message);
  });
}

async function main() {
  const server = await startServer();
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const deadline = Date.now() + SECONDS * 1000;
  const statuses = new Map();
  const failures = [];
  let next = 0;
  const worker = async () => {
    while (next < COUNT && Date.now() < deadline && failures.length < 20) {
      const index = next++;
      const request = fuzzCase(SEED, index);
      const oversized = request.body !== undefined && request.body.length > BODY_LIMIT;
      let result = await send(server.port, oversized ? false : agent, request);
      if (result.reset && result.reused) result = await send(server.port, false, request);
      statuses.set(result.status ?? 'reset', (statuses.get(result.status ?? 'reset') ?? 0) + 1);
      if (result.reset && !oversized)
        failures.push(`#${index} ${request.method} ${request.path.slice(0, 160)} → connection reset`);
      if (result.error || result.status >= 500)
        failures.push(
          `#${index} ${request.method} ${request.path.slice(0, 160)} → ${result.error ?? result.status}`,
        );
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  for (const message of rawMessages) {
    const result = await sendRaw(server.port, message);
    if (result.error || result.status >= 500)
      failures.push(`raw ${JSON.stringify(message.slice(0, 60))} → ${result.error ?? result.status}`);
  }
  const alive = await send(server.port, agent, { method: 'GET', path: '/v1/health', headers: {} });
  agent.destroy();
  await server.stop();
  const seconds = (Date.now() - started) / 1000;
  if (next < COUNT) failures.push(`only ${next} of ${COUNT} requests were sent within ${SECONDS} s`);
  if (alive.status !== 200)
    failures.push(`the server did not answer /v1/health after the run (${alive.error ?? alive.status})`);
  if (server.stderr().trim()) failures.push(`the server logged errors:\n${server.stderr().slice(0, 2000)}`);
  const counts = [...statuses]
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
    .map(([s, n]) => `${s}: ${n}`)
    .join(', ');
  console.log(
    `fuzz: ${next} requests + ${rawMessages.length} raw messages in ${seconds.toFixed(1)} s (seed ${SEED}); statuses ${counts}`,
  );
  if (failures.length > 0) {
    console.error(`fuzz FAILED:\n${failures.join('\n')}`);
    process.exit(1);
  }
  console.log('fuzz: no 5xx, no hang, the server stayed up');
}

main().catch((error) => {
  console.error(`fuzz FAILED: ${error.message}`);
  process.exit(1);
});
