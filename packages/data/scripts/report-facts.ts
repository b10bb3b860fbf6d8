// Regenerates test/report/facts.json from the 2020 report when the report is present:
//   pnpm --filter @smartcities/data run report-facts [path/to/global-smart-cities-2020.txt] [--check] [--out FILE]
// The default path is the project's shared seed folder beside the repository (../shared/seed/, or
// ../../shared/seed/ from a worktree).
// Only facts are written: the printed tables, the figures, names and tier terms of each prose line,
// and hashes of the report's seven-word runs (never its sentences). With --check it writes nothing
// and exits 1 when the committed file differs from what the report gives.
import { reportFactsCommand } from './report-facts-command.ts';

const { code, message } = reportFactsCommand(process.argv.slice(2));
process.stdout.write(`report-facts: ${message}\n`);
process.exitCode = code;
