import { source2020 } from '../src/editions/2020/source.ts';
import { hanRunsOf } from './report/hanzi-runs.ts';
import { runHash, runsOf } from './report/extract.ts';
import { reportFacts } from './report/facts.ts';

const reportRuns = new Set(reportFacts.runsOfSeven);
const reportHanRuns = new Set(reportFacts.hanzi.runsOfSeven);

/**
 * The report's own Chinese names that a text may repeat (its title, subtitle and institutions, as
 * the source record gives them), each also as its longer Han pieces ("全球智慧之都报告" of the full title).
 */
export const reportNamesZh: readonly string[] = [
  source2020.title,
  source2020.subtitle,
  ...source2020.institutions,
].flatMap(({ zh }) => [zh, ...zh.split(/\P{Script=Han}+/u).filter((piece) => piece.length >= 7)]);

/** The report's own English names a text may repeat: its title, subtitle, institutions and the team's affiliations. */
export const reportNamesEn: readonly string[] = [
  ...new Set([
    ...[source2020.title, source2020.subtitle, ...source2020.institutions].map(({ en }) => en),
    ...source2020.team.map((member) => member.affiliation),
  ]),
];

/** Any of the names, whatever spaces and punctuation separate their words. */
const namesEn = new RegExp(
  reportNamesEn.map((name) => name.split(/\W+/).filter(Boolean).join('\\W+')).join('|'),
  'gi',
);

/**
 * The first run `text` shares with the report, or undefined if none: seven consecutive words of
 * its English, or seven consecutive Han characters of its Chinese (punctuation stripped), the
 * report's own names (title, subtitle, institutions) cut out first. Only hashes of the report's runs are kept in the repository
 * (test/report/facts.json), never its text.
 */
export function copiedRun(text: string): string | undefined {
  return (
    text
      .split(namesEn)
      .flatMap((segment) => runsOf(segment, 7))
      .find((run) => reportRuns.has(runHash(run))) ??
    hanRunsOf(text, 7, reportNamesZh).find((run) => reportHanRuns.has(runHash(run)))
  );
}
