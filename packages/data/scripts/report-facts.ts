// Regenerates test/report/facts.json from the 2020 report when the report is present:
//   pnpm --filter @smartcities/data run report-facts [path/to/global-smart-cities-2020.txt] [--check] [--out FILE]
// The default path is the project's shared seed folder beside the repository (../shared/seed/, or
// ../../shared/seed/ from a worktree).
// Only facts are written: the printed tables, the figures, names and tier terms of each prose line,
// and hashes of the report's seven-word runs (never its sentences). With --check it writes nothing
// and exits 1 when the committed file differs from what the report gives.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../test/report/extract.ts';
import { tableHeaders } from '../test/report/tables.ts';

const seed = 'shared/seed/global-smart-cities-2020.txt';
/** The shared seed folder beside the repository, or beside the folder that holds it (a worktree). */
const defaultReport = ['../../../../', '../../../../../']
  .map((up) => fileURLToPath(new URL(up + seed, import.meta.url)))
  .find((path) => existsSync(path));
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const target =
  outAt >= 0
    ? (args.splice(outAt, 2)[1] ?? '')
    : fileURLToPath(new URL('../test/report/facts.json', import.meta.url));
const check = args.includes('--check');
const reportPath = args.find((arg) => !arg.startsWith('--')) ?? defaultReport;

if (reportPath === undefined || !existsSync(reportPath)) {
  process.stdout.write(
    `report-facts: no report found (${reportPath ?? seed}); the committed facts stay as they are\n`,
  );
} else {
  const facts = extractFacts('global-smart-cities-2020.txt', readFileSync(reportPath, 'utf8'), tableHeaders);
  const json = `${JSON.stringify(facts)}\n`;
  if (check) {
    const same =
      existsSync(target) && JSON.stringify(JSON.parse(readFileSync(target, 'utf8'))) === json.trim();
    process.stdout.write(`report-facts: ${same ? 'up to date' : 'OUT OF DATE, run without --check'}\n`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(target, json);
    process.stdout.write(`report-facts: wrote ${target}\n`);
  }
}
