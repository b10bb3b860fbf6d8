import { readdirSync } from 'node:fs';
import type { BenchCase } from './case.ts';
import { formatMs, interleaved } from './measure.ts';

const folder = new URL('./cases/', import.meta.url);
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.ts'))
  .sort();
const cases: BenchCase[] = [];
for (const file of files)
  cases.push(...((await import(new URL(file, folder).href)) as { cases: BenchCase[] }).cases);

const rounds = process.env.BENCH_QUICK ? 5 : 9;
let failed = 0;
console.log(
  `core bench: CPU time of this process; case and baseline alternate in ${rounds} rounds; pass/fail on the median ratio only`,
);
console.log('case | CPU time (median) | baseline (median) | ratio (median of rounds) | limit | status');
for (const c of cases) {
  const { ms, baseMs, ratio } = interleaved(c.run, c.baseline.run, rounds);
  const ok = ratio <= c.maxRatio;
  if (!ok) failed++;
  console.log(
    `${c.name} | ${formatMs(ms)} | ${formatMs(baseMs)} (${c.baseline.name}) | ${ratio.toFixed(2)}x | <= ${c.maxRatio}x | ${ok ? 'ok' : 'OVER'}`,
  );
}
console.log(
  `${cases.length - failed} within their ratio, ${failed} over (absolute times are shown, never judged)`,
);
process.exitCode = failed > 0 ? 1 : 0;
