// Blocking bench on loopback: does expensive work stall the cheap routes? The built server (its
// default pool: one worker thread per core but one) is measured on GET /v1/rankings alone
// (requests one after another, keep-alive) for its idle p99, then again while 4 sensitivity
// requests at the caps are kept running (each replaced as soon as it answers). Prints both p99s
// and their ratio; passes when the ratio is at most 5. Bounded: BLOCKING_SECONDS per phase
// (default 8, BENCH_QUICK=1 → 3) after a 1 s warm-up. API_WORKERS=0 runs the analyses on the
// main thread instead, to see what the pool prevents.
import http from 'node:http';
import { startServer } from './start-server.mjs';

const SECONDS = Number(process.env.BLOCKING_SECONDS ?? (process.env.BENCH_QUICK ? 3 : 8));
const MAX_RATIO = 5;
const HEAVY = 4;
const heavyBody = JSON.stringify({
  spec: {
    samples: 512,
    bootstrap: 1000,
    weightNoise: { pillars: 0.25, indicators: 0.25 },
    aggregation: ['arithmetic', 'geometric'],
    dropOne: true,
  },
});

/** One request; resolves with its status and latency in ms. */
function request(port, agent, method, path, body) {
  return new Promise((resolve) => {
    const started = performance.now();
    const headers = body
      ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }
      : {};
    const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
    });
    req.on('error', (error) => resolve({ status: 0, error: error.message, ms: performance.now() - started }));
    req.end(body);
  });
}

/** Latencies of GET /v1/rankings, one request after another, for `seconds`. */
async function measure(port, agent, seconds) {
  const latencies = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const { status, ms } = await request(port, agent, 'GET', '/v1/rankings');
    if (status !== 200) throw new Error(`GET /v1/rankings answered ${status}`);
    latencies.push(ms);
  }
  return latencies;
}

const p99 = (values) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.99))];

async function main() {
  const server = await startServer({
    env: process.env.API_WORKERS ? { API_WORKERS: process.env.API_WORKERS } : {},
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  await measure(server.port, agent, 1);
  const idle = await measure(server.port, agent, SECONDS);
  const heavyAgent = new http.Agent({ keepAlive: true, maxSockets: HEAVY });
  const outcomes = new Map();
  let running = true;
  const keepBusy = async () => {
    while (running) {
      const { status } = await request(server.port, heavyAgent, 'POST', '/v1/sensitivity', heavyBody);
      outcomes.set(status, (outcomes.get(status) ?? 0) + 1);
    }
  };
  const heavy = Array.from({ length: HEAVY }, keepBusy);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const busy = await measure(server.port, agent, SECONDS);
  running = false;
  await Promise.all(heavy);
  agent.destroy();
  heavyAgent.destroy();
  await server.stop();
  const [idleP99, busyP99] = [p99(idle), p99(busy)];
  const ratio = busyP99 / idleP99;
  const statuses = [...outcomes].map(([s, n]) => `${s}: ${n}`).join(', ');
  console.log(`blocking: GET /v1/rankings p99 idle ${idleP99.toFixed(2)} ms (${idle.length} requests)`);
  console.log(
    `blocking: GET /v1/rankings p99 with ${HEAVY} capped sensitivity requests running ${busyP99.toFixed(2)} ms (${busy.length} requests; sensitivity answers ${statuses})`,
  );
  console.log(`blocking: ratio ${ratio.toFixed(2)}x (target at most ${MAX_RATIO}x)`);
  if (!(ratio <= MAX_RATIO) || server.stderr().trim()) {
    console.error(
      `blocking FAILED${server.stderr().trim() ? `: the server logged errors:\n${server.stderr()}` : ''}`,
    );
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`blocking FAILED: ${error.message}`);
  process.exit(1);
});
