import { runHash, runsOf } from './report/extract.ts';
import { reportFacts } from './report/facts.ts';

const reportRuns = new Set(reportFacts.runsOfSeven);

/**
 * The first run of seven consecutive words that `text` shares with the report, or undefined if none.
 * Only hashes of the report's runs are kept in the repository (test/report/facts.json), never its text.
 */
export function copiedRun(text: string): string | undefined {
  return runsOf(text, 7).find((run) => reportRuns.has(runHash(run)));
}
