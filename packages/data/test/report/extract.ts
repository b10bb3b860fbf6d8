import { createHash } from 'node:crypto';
import { hanCount, hanRunsOf } from './hanzi-runs.ts';

/** One printed table: its header cells and body rows, each with the 1-based source line. */
export interface PrintedTable {
  header: string[];
  rows: { line: number; cells: string[] }[];
}

/** What one line of prose states, kept as facts: its figures, the proper names and the tier terms it uses. */
export interface ProseLine {
  line: number;
  /** Numbers as printed ("96.1", "13") and counts written as words ("three"). */
  figures: string[];
  /** Runs of capitalised words ("Hong Kong", "Rio de Janeiro", "Bei Jing"), in order. */
  names: string[];
  /** The words of {@link terms} the line uses. */
  terms: string[];
}

/** The facts the tests check our data against, extracted from the report; none of its sentences. */
export interface ReportFacts {
  source: string;
  lineCount: number;
  tables: Record<string, PrintedTable>;
  prose: ProseLine[];
  /** Hashes ({@link runHash}) of every run of seven consecutive words of the report. */
  runsOfSeven: string[];
  /**
   * The report's Chinese text: how many Han characters it holds and the hashes of every run of
   * seven consecutive Han characters (punctuation stripped), so Chinese texts are checked as English ones are.
   */
  hanzi: { characters: number; runsOfSeven: string[] };
}

/** The words tier statements are checked for. */
export const terms = ['level', 'leading', 'advanced', 'following', 'cities'] as const;

const countWords = 'one two three four five six seven eight nine ten eleven twelve thirteen'.split(' ');

/** Words only, lower case: runs of figures (table rows quoted as evidence) are facts, not sentences. */
export const words = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];

/** A short, one-way fingerprint of a run of words (the first 12 hex digits of its SHA-256). */
export const runHash = (run: string): string => createHash('sha256').update(run).digest('hex').slice(0, 12);

/** Every run of `length` consecutive words of `text`, joined by single spaces. */
export function runsOf(text: string, length: number): string[] {
  const all = words(text);
  return all
    .slice(0, Math.max(0, all.length - length + 1))
    .map((_, at) => all.slice(at, at + length).join(' '));
}

const clean = (cell: string): string => cell.replace(/<\/?b>/g, '').trim();

/**
 * The tab-separated table whose header line starts with `headerStart`: the header, then every
 * following tab-separated line up to the first line without a tab (blank lines before the body are skipped).
 */
export function printedTable(lines: readonly string[], headerStart: string): PrintedTable {
  const headerIndex = lines.findIndex((line) => line.startsWith(headerStart));
  if (headerIndex < 0) throw new Error(`no table starting with "${headerStart}"`);
  const rows: PrintedTable['rows'] = [];
  for (let index = headerIndex + 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (!line.includes('\t')) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push({ line: index + 1, cells: line.split('\t').map(clean) });
  }
  return { header: (lines[headerIndex] ?? '').split('\t').map(clean), rows };
}

/** The facts of one prose line (a line that is not part of a table). */
export function proseLine(text: string, line: number): ProseLine {
  const lower = words(text);
  return {
    line,
    figures: [...(text.match(/\d+(?:\.\d+)?/g) ?? []), ...lower.filter((word) => countWords.includes(word))],
    names: text.match(/[A-Z][A-Za-z]*(?: (?:de )?[A-Z][A-Za-z]*)*/g) ?? [],
    terms: terms.filter((term) => lower.includes(term)),
  };
}

/** Extracts the facts of a report: the tables named by their header starts, the prose lines, the run hashes. */
export function extractFacts(
  source: string,
  text: string,
  tableHeaders: Record<string, string>,
): ReportFacts {
  const lines = text.split('\n');
  const tables = Object.fromEntries(
    Object.entries(tableHeaders).map(([id, header]) => [id, printedTable(lines, header)]),
  );
  const prose = lines.flatMap((line, index) =>
    line.includes('\t') || line.trim() === '' ? [] : [proseLine(line, index + 1)],
  );
  const runsOfSeven = [...new Set(runsOf(text, 7).map(runHash))].sort();
  const hanzi = {
    characters: hanCount(text),
    runsOfSeven: [...new Set(hanRunsOf(text, 7).map(runHash))].sort(),
  };
  return { source, lineCount: lines.length, tables, prose, runsOfSeven, hanzi };
}
