// Startup benchmark: the CLI's processes against `node -e 0`, measured side by side in the same run.
// Alternating runs; each process reports its own CPU time at exit. Prints the medians of CPU and
// wall-clock time of each; exits 1 when a ratio of CPU medians is over its limit.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/main.cjs', import.meta.url));
const runs = process.env.BENCH_QUICK ? 10 : 20;

/**
 * What is judged, each against `node -e 0`:
 * - start-up: loading the CLI and answering `--version` (the bundle, its code cache, the argument
 *   parser); about 1.3× on 2 cores, idle or busy.
 * - `rank`: the everyday command: scoring the 2020 edition, ranking, and verifying the 320 printed
 *   scores, ranks and tiers it shows beside the computed ones (rounding bounds included, issue
 *   #12); about 2.0-2.1×, of which the verification is about a third.
 */
const cases = [
  { name: 'smartcities --version', args: [cli, '--version'], limit: 1.6 },
  { name: 'smartcities rank', args: [cli, 'rank'], limit: 2.5 },
];

if (!existsSync(cli)) {
  process.stderr.write(`bench: ${cli} is missing; run "pnpm build" first\n`);
  process.exit(1);
}

const preload = fileURLToPath(new URL('./cpu-at-exit.cjs', import.meta.url));
// Node reads the NODE_EXTRA_CA_CERTS file at every start (about 30 ms here), which would add the
// same time to every process and flatten the ratios; no process measured here opens a connection.
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

/**
 * One process run, output discarded: its wall-clock milliseconds and the CPU milliseconds it reports
 * itself at exit (through the preloaded cpu-at-exit.cjs); fails loudly if the process fails.
 */
function time(args) {
  const start = process.hrtime.bigint();
  const { status, stderr } = spawnSync(process.execPath, ['--require', preload, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env,
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

const baseline = { name: 'node -e 0', args: ['-e', '0'] };
const all = [baseline, ...cases];
for (const c of all) time(c.args); // warm the file cache before measuring
const samples = new Map(all.map((c) => [c, []]));
for (let i = 0; i < runs; i++) for (const c of all) samples.get(c).push(time(c.args));

const of = (c, key) => median(samples.get(c).map((sample) => sample[key]));
const pad = (text) => text.padEnd(24);
// CPU time is what is judged: a busy machine stretches wall-clock time by whatever else runs, but
// not the CPU work a process does itself. Wall-clock medians are printed beside it, never judged.
for (const c of all) {
  process.stdout.write(
    `${pad(c.name)}${of(c, 'cpu').toFixed(1)} ms CPU, ${of(c, 'wall').toFixed(1)} ms wall (medians of ${runs})\n`,
  );
}
let failed = 0;
for (const c of cases) {
  const ratio = of(c, 'cpu') / of(baseline, 'cpu');
  const ok = ratio <= c.limit;
  if (!ok) failed += 1;
  process.stdout.write(
    `${pad(`ratio ${c.name.replace('smartcities ', '')}`)}${ratio.toFixed(2)}× CPU of node -e 0 (limit ${c.limit}×) ${ok ? 'ok' : 'TOO SLOW'}\n`,
  );
}
process.exitCode = failed === 0 ? 0 : 1;
