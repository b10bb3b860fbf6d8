import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFactsCommand } from '../../scripts/report-facts-command.ts';
import { runHash } from './extract.ts';
import type { ReportFacts } from './extract.ts';
import { tableHeaders } from './tables.ts';

const folder = mkdtempSync(join(tmpdir(), 'report-facts-'));

/** A made-up report: one sentence of prose, then every table header the script looks for with one row. */
const madeUp = [
  'Our invented city of Alphaville reaches 96.1 points and leads the three cities.',
  ...Object.values(tableHeaders).flatMap((header) => [`${header}\textra`, 'Alphaville\t96.1\t1', '']),
].join('\n');

const run = (...args: string[]) => reportFactsCommand(args);

describe('the report-facts script (on a made-up report)', () => {
  const report = join(folder, 'report.txt');
  const out = join(folder, 'facts.json');
  writeFileSync(report, madeUp);

  it('writes the facts of the report it is given, without its sentences', () => {
    expect(run(report, '--out', out).code).toBe(0);
    const facts = JSON.parse(readFileSync(out, 'utf8')) as ReportFacts;
    expect(facts.tables.overall?.rows).toEqual([{ line: 3, cells: ['Alphaville', '96.1', '1'] }]);
    expect(facts.prose[0]).toMatchObject({
      line: 1,
      figures: ['96.1', 'three'],
      names: ['Our', 'Alphaville'],
    });
    expect(facts.runsOfSeven).toContain(runHash('our invented city of alphaville reaches points'));
    expect(readFileSync(out, 'utf8')).not.toContain('invented city');
  });

  it('with --check, passes when the file is up to date and fails when it is not', () => {
    expect(run(report, '--out', out, '--check').code).toBe(0);
    writeFileSync(out, '{}\n');
    expect(run(report, '--out', out, '--check').code).toBe(1);
  });

  it('leaves the facts alone when there is no report', () => {
    const result = run(join(folder, 'missing.txt'), '--out', out);
    expect(result).toEqual({ code: 0, message: expect.stringContaining('no report found') });
  });
});
