import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../testing/run-cli.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

const rowsOf = (stdout: string) => (JSON.parse(stdout) as { rows: unknown[] }).rows;

describe('smartcities export → score', () => {
  it.each(['json', 'csv', 'xlsx'])(
    'scores the %s export as it comes out, exactly as the edition',
    async (format) => {
      const file = join(dir, `export.${format}`);
      expect((await runCli(['export', '--format', format, '--out', file])).code).toBe(0);
      const scenario = ['--aggregation', 'geometric', '--weights', 'economy=2', '--format', 'json'];
      const [fromExport, edition] = await Promise.all([
        runCli(['score', '--data', file, ...scenario]),
        runCli(['score', '--edition', '2020', ...scenario]),
      ]);
      const notes = fromExport.stderr.trimEnd().split('\n');
      expect(notes[0]).toMatch(/^columns: .*: 21 columns scored as indicators: mobile-phone, /);
      expect(notes.filter((line) => !line.startsWith('columns: '))).toEqual([]);
      expect(notes).toContainEqual(expect.stringMatching(/column "lat": coordinate, kept, not scored/));
      expect(rowsOf(fromExport.stdout)).toEqual(rowsOf(edition.stdout));
    },
  );
});

describe('smartcities score → score', () => {
  it.each(['json', 'csv', 'xlsx'])(
    'refuses its own %s ranking output as not a dataset, saying which files do score',
    async (format) => {
      const file = join(dir, `scores.${format}`);
      expect((await runCli(['score', '--edition', '2020', '--format', format, '--out', file])).code).toBe(0);
      const again = await runCli(['score', '--data', file]);
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/this is a ranking \(computed scores, ranks and tiers\), not a dataset/);
      expect(again.stderr).toContain('smartcities export');
    },
  );
});
