import { reportText } from './seed-report.ts';

/** Words only: runs of figures (table rows quoted as evidence) are facts, not sentences. */
const words = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];

const reportRuns = (length: number): Set<string> => {
  const all = words(reportText);
  return new Set(
    all.slice(0, all.length - length + 1).map((_, start) => all.slice(start, start + length).join(' ')),
  );
};

const runsOfSeven = reportRuns(7);

/** The first run of seven consecutive words that `text` shares with the report, or undefined if none. */
export function copiedRun(text: string): string | undefined {
  const own = words(text);
  for (let start = 0; start + 7 <= own.length; start++) {
    const run = own.slice(start, start + 7).join(' ');
    if (runsOfSeven.has(run)) return run;
  }
  return undefined;
}
