// Startup benchmark: `smartcities rank` against `node -e 0`, measured side by side in the same run.
// Alternating runs; each process reports its own CPU time at exit. Prints the medians of CPU and
// wall-clock time of each; exits 1 when the ratio of the CPU medians is over the limit.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/main.cjs', import.meta.url));
const runs = process.env.BENCH_QUICK ? 10 : 20;
// About 1.45× in CPU time, idle or busy (load average 19 on 2 cores gave 1.42-1.47×).
const limit = 1.6;

if (!existsSync(cli)) {
  process.stderr.write(`bench: ${cli} is missing; run "pnpm build" first\n`);
  process.exit(1);
}

const preload = fileURLToPath(new URL('./cpu-at-exit.cjs', import.meta.url));

/**
 * One process run, output discarded: its wall-clock milliseconds and the CPU milliseconds it reports
 * itself at exit (through the preloaded cpu-at-exit.cjs); fails loudly if the process fails.
 */
function time(args) {
  const start = process.hrtime.bigint();
  const { status, stderr } = spawnSync(process.execPath, ['--require', preload, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = Number(/cpu-us:(\d+)/.exec(stderr)?.[1] ?? NaN) / 1e3;
  if (status !== 0 || Number.isNaN(cpu))
    throw new Error(`node ${args.join(' ')} exited ${status}: ${stderr}`);
  return { wall, cpu };
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
const of = (list, key) => median(list.map((sample) => sample[key]));
// CPU time is what is judged: a busy machine stretches wall-clock time by whatever else runs, but
// not the CPU work a process does itself. Wall-clock medians are printed beside it, never judged.
const ratio = of(samples.rank, 'cpu') / of(samples.baseline, 'cpu');
const pad = (text) => text.padEnd(22);
const line = (name, list) =>
  `${pad(name)}${of(list, 'cpu').toFixed(1)} ms CPU, ${of(list, 'wall').toFixed(1)} ms wall (medians of ${runs})\n`;
process.stdout.write(line('node -e 0', samples.baseline));
process.stdout.write(line('smartcities rank', samples.rank));
process.stdout.write(
  `${pad('ratio (CPU)')}${ratio.toFixed(2)}× (limit ${limit}×) ${ratio <= limit ? 'ok' : 'TOO SLOW'}\n`,
);
if (process.env.NODE_EXTRA_CA_CERTS) {
  process.stdout.write(
    'note: NODE_EXTRA_CA_CERTS is set; Node reads that file at every start, which adds the same time to both runs\n',
  );
}
process.exitCode = ratio <= limit ? 0 : 1;
