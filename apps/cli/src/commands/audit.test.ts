import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../testing/run-cli.ts';

const asem = (name: string) =>
  fileURLToPath(new URL(`../../../../packages/core/test/fixtures/asem/${name}`, import.meta.url));
const quick = ['--runs', '50', '--samples', '16', '--bootstrap', '10'];

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

describe('smartcities audit', () => {
  it('audits the edition by default, each section with what to look for', async () => {
    const run = await runCli(['audit', ...quick]);
    expect(run.code).toBe(0);
    for (const section of ['DATA:', 'STRUCTURE:', 'ROBUSTNESS:', 'UNITS:'])
      expect(run.stdout).toContain(section);
    expect(run.stdout).toMatch(/Smart governance\s+0\.16/);
  });

  it('audits COINr data with the data steps, as JSON, the same for the same seed', async () => {
    const args = ['audit', '--idata', asem('asem_iData.csv'), '--imeta', asem('asem_iMeta.csv')];
    const steps = ['--impute', 'mean', '--treat', 'coinr', '--normalisation', 'min-max', '--format', 'json'];
    const [one, two] = await Promise.all([
      runCli([...args, ...steps, ...quick]),
      runCli([...args, ...steps, ...quick]),
    ]);
    const audit = JSON.parse(one.stdout);
    expect(audit.data.treated).toHaveLength(34);
    expect(audit.data.imputed).toHaveLength(63);
    expect(audit.structure.pillars).toHaveLength(8);
    expect(audit.robustness.uncertainty.rows).toHaveLength(51);
    expect(one.stdout).toBe(two.stdout);
    expect(one.stderr).toMatch(/^columns: .*asem_iData\.csv: 49 columns scored as indicators: LPI, /);
    expect(one.stderr).toContain('column "Population": other data, kept, not scored');
  });

  it('writes the self-contained HTML report', async () => {
    const out = join(dir, 'audit.html');
    const run = await runCli(['audit', ...quick, '--format', 'html', '--out', out, '--lang', 'zh']);
    expect(run.code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toMatch(/<script/);
  });

  it.each([
    [['--runs', '5'], /--runs: runs must be a whole number from 10 to 20000/],
    [['--noise', '2'], /--noise:/],
    [['--lang', 'fr'], /--lang: expected en or zh/],
    [['--edition', '2019'], /--edition: the only built-in edition is 2020/],
    [['--weights', 'nowhere=2'], /--weights: unknown indicator or pillar "nowhere"/],
  ])('names the flag of a bad value: %j', async (flags, message) => {
    const run = await runCli(['audit', ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
