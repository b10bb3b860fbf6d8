import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../test/report/extract.ts';
import { tableHeaders } from '../test/report/tables.ts';

const seed = 'shared/seed/global-smart-cities-2020.txt';

/** The shared seed folder beside the repository, or beside the folder that holds it (a worktree). */
const defaultReport = (): string | undefined =>
  ['../../../../', '../../../../../']
    .map((up) => fileURLToPath(new URL(up + seed, import.meta.url)))
    .find((path) => existsSync(path));

const defaultTarget = fileURLToPath(new URL('../test/report/facts.json', import.meta.url));

/**
 * What `report-facts [report] [--check] [--out FILE]` does: extracts the facts of the report (when
 * there is one) and writes them to FILE (default test/report/facts.json), or with --check only
 * compares. Returns the exit code and the line to print.
 */
export function reportFactsCommand(argv: readonly string[]): { code: number; message: string } {
  const args = [...argv];
  const outAt = args.indexOf('--out');
  const target = outAt >= 0 ? (args.splice(outAt, 2)[1] ?? '') : defaultTarget;
  const reportPath = args.find((arg) => !arg.startsWith('--')) ?? defaultReport();
  if (reportPath === undefined || !existsSync(reportPath))
    return {
      code: 0,
      message: `no report found (${reportPath ?? seed}); the committed facts stay as they are`,
    };
  const facts = extractFacts('global-smart-cities-2020.txt', readFileSync(reportPath, 'utf8'), tableHeaders);
  const json = JSON.stringify(facts);
  if (!args.includes('--check')) {
    writeFileSync(target, `${json}\n`);
    return { code: 0, message: `wrote ${target}` };
  }
  const same = existsSync(target) && JSON.stringify(JSON.parse(readFileSync(target, 'utf8'))) === json;
  return same ? { code: 0, message: 'up to date' } : { code: 1, message: 'OUT OF DATE, run without --check' };
}
