import { readdirSync } from 'node:fs';
import type { BenchCase } from './case.ts';
import { formatMs, measure } from './measure.ts';

const folder = new URL('./cases/', import.meta.url);
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.ts'))
  .sort();
const cases: BenchCase[] = [];
for (const file of files)
  cases.push(...((await import(new URL(file, folder).href)) as { cases: BenchCase[] }).cases);

let failed = 0;
console.log('case | time | baseline | ratio to baseline | target | status');
for (const c of cases) {
  const ms = measure(c.run);
  const base = measure(c.baseline.run);
  const ok = ms <= c.limitMs;
  if (!ok) failed++;
  console.log(
    `${c.name} | ${formatMs(ms)} | ${formatMs(base)} (${c.baseline.name}) | ${(ms / base).toFixed(2)}x | ${c.target} | ${ok ? 'ok' : 'OVER'}`,
  );
}
console.log(`${cases.length - failed} within target, ${failed} over`);
process.exitCode = failed > 0 ? 1 : 0;
