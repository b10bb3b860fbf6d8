// Load test on loopback: the built server as a child process, autocannon against a trivial route
// (/v1/health) and the ranking route (/v1/rankings, five scenarios), alternating in short rounds
// so both see the same machine; the ratio is the median of the rounds' ratios (robust to other
// load on a shared machine). Passes when rankings reach at least 0.8x the health throughput,
// no request fails, and the heap (after GC, sampled over IPC, no debug route) does not grow.
// Bounded: LOAD_SECONDS per route (default 6, BENCH_QUICK=1 → 2), plus a 1 s warm-up.
import autocannon from 'autocannon';
import { startServer } from './start-server.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS ?? (process.env.BENCH_QUICK ? 2 : 6));
const ROUNDS = 6;
const MIN_RATIO = 0.8;
const MAX_HEAP_GROWTH = 8 * 1024 * 1024;

const routes = {
  health: ['/v1/health'],
  rankings: [
    '/v1/rankings',
    '/v1/rankings?a=geometric',
    '/v1/rankings?w=economy:2,innovation:0.5',
    '/v1/rankings?pillar=service&n=min-max',
    '/v1/rankings?x=open-data&format=csv',
  ],
};

function run(port, paths, seconds) {
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 10,
    duration: seconds,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const server = await startServer({ exposeGc: true });
  try {
    for (const paths of Object.values(routes)) await run(server.port, paths, 1);
    const before = await server.memory();
    const totals = {
      health: { requests: 0, errors: 0, seconds: 0 },
      rankings: { requests: 0, errors: 0, seconds: 0 },
    };
    let peakRss = before.rss;
    const ratios = [];
    for (let round = 0; round < ROUNDS; round++) {
      const rates = {};
      for (const [name, paths] of Object.entries(routes)) {
        const result = await run(server.port, paths, SECONDS / ROUNDS);
        totals[name].requests += result.requests.total;
        totals[name].errors += result.errors + result.timeouts + result.non2xx;
        totals[name].seconds += result.duration;
        rates[name] = result.requests.total / result.duration;
        peakRss = Math.max(peakRss, (await server.memory()).rss);
      }
      ratios.push(rates.rankings / rates.health);
    }
    const after = await server.memory();
    const rate = (t) => t.requests / t.seconds;
    const sorted = [...ratios].sort((a, b) => a - b);
    const ratio = (sorted[(ROUNDS - 1) >> 1] + sorted[ROUNDS >> 1]) / 2;
    const growth = after.heapUsed - before.heapUsed;
    console.log(`load: ${SECONDS} s per route in ${ROUNDS} rounds, 10 connections, loopback`);
    console.log(`  /v1/health    ${rate(totals.health).toFixed(0)} req/s, ${totals.health.errors} errors`);
    console.log(
      `  /v1/rankings  ${rate(totals.rankings).toFixed(0)} req/s, ${totals.rankings.errors} errors (5 scenarios, cached per edition, scenario hash and format)`,
    );
    console.log(
      `  ratio rankings/health: ${ratio.toFixed(2)} (median of rounds ${ratios.map((r) => r.toFixed(2)).join(', ')}; needs >= ${MIN_RATIO})`,
    );
    console.log(
      `  heap after GC: ${mb(before.heapUsed)} before, ${mb(after.heapUsed)} after (${growth >= 0 ? '+' : ''}${mb(growth)}); rss ${mb(before.rss)} → ${mb(after.rss)}, peak ${mb(peakRss)}`,
    );
    const failures = [];
    if (ratio < MIN_RATIO) failures.push(`rankings reached only ${ratio.toFixed(2)}x the health throughput`);
    if (totals.health.errors + totals.rankings.errors > 0) failures.push('some requests failed');
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
