// Startup benchmark: `smartcities rank` against `node -e 0`, measured side by side in the same run.
// Alternating runs, medians of each; prints both and the ratio; exits 1 when the ratio is over the limit.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/main.cjs', import.meta.url));
const runs = process.env.BENCH_QUICK ? 10 : 20;
const limit = 1.5;

if (!existsSync(cli)) {
  process.stderr.write(`bench: ${cli} is missing; run "pnpm build" first\n`);
  process.exit(1);
}

/** Wall-clock milliseconds of one process run, output discarded; fails loudly if it fails. */
function time(args) {
  const start = process.hrtime.bigint();
  const { status, stderr } = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (status !== 0) throw new Error(`node ${args.join(' ')} exited ${status}: ${stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const baseline = ['-e', '0'];
const rank = [cli, 'rank'];
time(baseline);
time(rank); // warm the file cache before measuring
const samples = { baseline: [], rank: [] };
for (let i = 0; i < runs; i++) {
  samples.baseline.push(time(baseline));
  samples.rank.push(time(rank));
}
const base = median(samples.baseline);
const cmd = median(samples.rank);
const ratio = cmd / base;
const pad = (text) => text.padEnd(22);
process.stdout.write(`${pad('node -e 0')}${base.toFixed(1)} ms (median of ${runs})\n`);
process.stdout.write(`${pad('smartcities rank')}${cmd.toFixed(1)} ms (median of ${runs})\n`);
process.stdout.write(
  `${pad('ratio')}${ratio.toFixed(2)}× (limit ${limit}×) ${ratio <= limit ? 'ok' : 'TOO SLOW'}\n`,
);
if (process.env.NODE_EXTRA_CA_CERTS) {
  process.stdout.write(
    'note: NODE_EXTRA_CA_CERTS is set; Node reads that file at every start, which adds the same time to both runs\n',
  );
}
process.exitCode = ratio <= limit ? 0 : 1;
