// Load test on loopback: the built server as a child process, autocannon against a trivial route
// (/v1/health, the baseline) and the ranking route scoring a NEW scenario on every request (the
// economy weight changes each time, so neither the response cache nor the score cache can answer:
// it measures the engine through HTTP). Baseline and case alternate in short rounds so both see the
// same machine; the ratio is the median of the rounds' ratios (robust to other load on a shared
// machine). Passes when scoring reaches at least MIN_RATIO of the health throughput, no request
// fails, and the heap (after GC, sampled over IPC, no debug route) does not grow. Absolute req/s are
// printed, never judged. Bounded: LOAD_SECONDS per route (default 6, BENCH_QUICK=1 → 2), plus a
// 1 s warm-up that also fills the bounded caches.
import autocannon from 'autocannon';
import { startServer } from './start-server.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS ?? (process.env.BENCH_QUICK ? 2 : 6));
const ROUNDS = 6;
const MIN_RATIO = 0.15;
const MAX_HEAP_GROWTH = 8 * 1024 * 1024;

const methods = ['min-max', 'z-score', 'rank', 'as-published'];
let scenario = 0;
/** A ranking URL no request has asked for before: a fresh economy weight, cycling normalisations. */
function uniqueRanking() {
  scenario++;
  const weight = (1 + scenario / 1e6).toFixed(6);
  return `/v1/rankings?n=${methods[scenario % methods.length]}&w=economy:${weight}`;
}

const routes = {
  health: [{ method: 'GET', path: '/v1/health' }],
  scoring: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: uniqueRanking() }) }],
};

function run(port, requests, seconds) {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 10,
    duration: seconds,
    requests,
  });
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const server = await startServer({ exposeGc: true });
  try {
    for (const requests of Object.values(routes)) await run(server.port, requests, 1);
    const before = await server.memory();
    const totals = {
      health: { requests: 0, errors: 0, seconds: 0 },
      scoring: { requests: 0, errors: 0, seconds: 0 },
    };
    let peakRss = before.rss;
    const ratios = [];
    for (let round = 0; round < ROUNDS; round++) {
      const rates = {};
      for (const [name, requests] of Object.entries(routes)) {
        const result = await run(server.port, requests, SECONDS / ROUNDS);
        totals[name].requests += result.requests.total;
        totals[name].errors += result.errors + result.timeouts + result.non2xx;
        totals[name].seconds += result.duration;
        rates[name] = result.requests.total / result.duration;
        peakRss = Math.max(peakRss, (await server.memory()).rss);
      }
      ratios.push(rates.scoring / rates.health);
    }
    const after = await server.memory();
    const rate = (t) => t.requests / t.seconds;
    const sorted = [...ratios].sort((a, b) => a - b);
    const ratio = (sorted[(ROUNDS - 1) >> 1] + sorted[ROUNDS >> 1]) / 2;
    const growth = after.heapUsed - before.heapUsed;
    console.log(`load: ${SECONDS} s per route in ${ROUNDS} rounds, 10 connections, loopback`);
    console.log(`  /v1/health    ${rate(totals.health).toFixed(0)} req/s, ${totals.health.errors} errors`);
    console.log(
      `  /v1/rankings  ${rate(totals.scoring).toFixed(0)} req/s, ${totals.scoring.errors} errors (${scenario} distinct scenarios, each scored anew)`,
    );
    console.log(
      `  ratio scoring/health: ${ratio.toFixed(2)} (median of rounds ${ratios.map((r) => r.toFixed(2)).join(', ')}; needs >= ${MIN_RATIO})`,
    );
    console.log(
      `  heap after GC: ${mb(before.heapUsed)} before, ${mb(after.heapUsed)} after (${growth >= 0 ? '+' : ''}${mb(growth)}); rss ${mb(before.rss)} → ${mb(after.rss)}, peak ${mb(peakRss)}`,
    );
    const failures = [];
    if (ratio < MIN_RATIO) failures.push(`scoring reached only ${ratio.toFixed(2)}x the health throughput`);
    if (totals.health.errors + totals.scoring.errors > 0) failures.push('some requests failed');
    if (growth > MAX_HEAP_GROWTH) failures.push(`the heap grew by ${mb(growth)}`);
    if (failures.length > 0) throw new Error(failures.join('; '));
    console.log('load: passed');
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(`load FAILED: ${error.message}`);
  process.exit(1);
});
