// Fuzzes the built server on loopback: FUZZ_COUNT (default 100,000) seeded requests over HTTP,
// three in four generated from /openapi.json with fast-check (scripts/openapi-cases.mjs) and one
// in four malformed by hand (scripts/fuzz-cases.mjs), plus raw malformed HTTP messages on
// sockets, bounded by FUZZ_SECONDS (default 1,800 s) and a 10 s timeout per request. Every answer
// is checked against /openapi.json (scripts/spec-validator.mjs). The server runs with a 200 ms
// budget (API_BUDGET_MS) so that analyses drawn at their caps end quickly, in the documented 503.
// Fails (exit 1) on any 5xx but that 503, a hang, a response the document does not allow, a dead
// server, or an error the server logged. Usage: pnpm build && pnpm fuzz   (FUZZ_SEED=n, FUZZ_COUNT=n)
import http from 'node:http';
import net from 'node:net';
import { fuzzCase } from './fuzz-cases.mjs';
import { openApiCases } from './openapi-cases.mjs';
import { responseValidator } from './spec-validator.mjs';
import { startServer } from './start-server.mjs';

const COUNT = Number(process.env.FUZZ_COUNT ?? 100_000);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 1800);
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

function send(port, agent, { method, path, headers: given, body }) {
  // Node's client frames no body for GET, HEAD, DELETE or OPTIONS: give it a length, or its bytes
  // would reach the server as the start of a next request on the connection
  const framed =
    body === undefined || Object.keys(given).some((h) => /^(content-length|transfer-encoding)$/i.test(h));
  const headers = framed ? given : { ...given, 'Content-Length': String(Buffer.byteLength(body)) };
  return new Promise((resolve) => {
    const request = http.request(
      { host: '127.0.0.1', port, method, path, headers, agent, timeout: TIMEOUT },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode, type: response.headers['content-type'], text }),
        );
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

/** The requests of the run: three generated from the document for every hand-made malformed one. */
function* requests(doc) {
  const generated = openApiCases(doc, SEED, COUNT);
  for (let index = 0; index < COUNT; index++)
    yield index % 4 === 3 ? fuzzCase(SEED, index) : generated.next().value;
}

async function main() {
  const server = await startServer({ env: { API_BUDGET_MS: process.env.API_BUDGET_MS ?? '200' } });
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const doc = JSON.parse(
    (await send(server.port, agent, { method: 'GET', path: '/openapi.json', headers: {} })).text,
  );
  const check = responseValidator(doc);
  const source = requests(doc);
  let mismatches = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const statuses = new Map();
  const failures = [];
  let next = 0;
  const worker = async () => {
    while (next < COUNT && Date.now() < deadline && failures.length < 20) {
      const index = next++;
      const request = source.next().value;
      const oversized = request.body !== undefined && request.body.length > BODY_LIMIT;
      let result = await send(server.port, oversized ? false : agent, request);
      if (result.reset && result.reused) result = await send(server.port, false, request);
      statuses.set(result.status ?? 'reset', (statuses.get(result.status ?? 'reset') ?? 0) + 1);
      if (result.reset && !oversized)
        failures.push(`#${index} ${request.method} ${request.path.slice(0, 160)} → connection reset`);
      const spent = result.status === 503 && /time-budget-exhausted|"busy"|:busy"/.test(result.text ?? '');
      if (result.error || (result.status >= 500 && !spent))
        failures.push(
          `#${index} ${request.method} ${request.path.slice(0, 160)} → ${result.error ?? result.status}`,
        );
      const wrong = result.status
        ? check(request.method, request.path, result.status, result.type, result.text)
        : [];
      if (wrong.length > 0 && mismatches++ < 10)
        failures.push(
          `#${index} ${request.method} ${request.path.slice(0, 120)} → ${result.status}: ${wrong.join('; ')}`,
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
    `fuzz: ${next} requests + ${rawMessages.length} raw messages in ${seconds.toFixed(1)} s (seed ${SEED}); statuses ${counts}; ${mismatches} responses outside the document`,
  );
  if (failures.length > 0) {
    console.error(`fuzz FAILED:\n${failures.join('\n')}`);
    process.exit(1);
  }
  console.log(
    'fuzz: no 5xx (503 only for spent budgets), no hang, every response fits the document, the server stayed up',
  );
}

main().catch((error) => {
  console.error(`fuzz FAILED: ${error.message}`);
  process.exit(1);
});
