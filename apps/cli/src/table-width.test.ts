import { describe, expect, it } from 'vitest';
import { displayWidth } from './output/text-width.ts';
import { runCli } from './testing/run-cli.ts';

const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));
const columns = (width: number | '') => ({ env: { COLUMNS: String(width) } });

const tables = [
  ['rank'],
  ['rank', '--pillar', 'governance'],
  ['city', 'london'],
  ['compare', 'london', 'paris', 'tokyo'],
  ['framework'],
  ['reputation'],
  ['verify', '--errata'],
  ['what-it-takes', 'berlin', '--tier', 'leading'],
  ['uncertainty', '--runs', '50', '--weight-noise', '0.2'],
];

describe('table output fits the terminal: COLUMNS, else 80 when not a terminal', () => {
  it.each([80, 60].flatMap((width) => tables.map((args) => [width, args] as const)))(
    'at %i columns: %j',
    async (width, args) => {
      const { code, stdout } = await runCli(args, columns(width));
      expect(code).toBe(0);
      expect(widest(stdout)).toBeLessThanOrEqual(width);
    },
  );

  it('is 80 columns wide when COLUMNS is not set and output is piped', async () => {
    const { stdout } = await runCli(['rank'], columns(''));
    expect(stdout).toBe((await runCli(['rank'], columns(80))).stdout);
    expect(widest(stdout)).toBe(80);
  });

  it('shortens texts and headers with "…" and leaves out columns that do not fit, with a note', async () => {
    const at80 = (await runCli(['rank'], columns(80))).stdout.split('\n');
    // the report's method shows printed figures, "*" marking those recomputed otherwise, so the cells are wider
    expect(at80[2]).toMatch(/^Rank {2}City {12}Score {2}Tier {8}infrastructure {4}economy {5}service$/);
    expect(at80).toContain('(2 more columns not shown: governance, innovation; widen the terminal or use');
    const at60 = (await runCli(['rank'], columns(60))).stdout;
    expect(at60.split('\n')[2]).toBe('Rank  City         Score  Tier        infrastruc…    economy');
    expect(at60.split('\n').find((line) => line.includes('Rio de'))).toMatch(
      /^ {2}19 {2}Rio de Jan… {3}58\.7 {2}following/,
    );
    expect(at60).toContain('(3 more columns not shown: service, governance, innovation;');
  });

  it('wraps paragraphs at spaces, never inside a word', async () => {
    const block = (text: string) => text.split('\n\n').find((b) => b.startsWith('Cheapest combination'))!;
    const wide = block((await runCli(['what-it-takes', 'berlin', '--tier', 'leading'])).stdout);
    const narrow = block(
      (await runCli(['what-it-takes', 'berlin', '--tier', 'leading'], columns(60))).stdout,
    );
    expect(narrow.split('\n').length).toBeGreaterThan(2);
    expect(narrow.replace(/\n */g, ' ')).toBe(wide);
  });

  it.each([['json'], ['csv']])('leaves %s output untouched', async (format) => {
    const args = ['rank', '--format', format];
    expect((await runCli(args, columns(40))).stdout).toBe((await runCli(args)).stdout);
  });
});

describe('help fits 80 columns (or a narrower terminal)', () => {
  const names = ['', 'rank', 'city', 'compare', 'framework', 'reputation', 'verify', 'uncertainty'];
  const more = ['sensitivity', 'what-it-takes', 'score', 'export'];
  it.each([...names, ...more].flatMap((name) => [[name, 80] as const, [name, 60] as const]))(
    'smartcities %s --help at %i columns',
    async (name, width) => {
      const { code, stdout } = await runCli([...(name ? [name] : []), '--help'], columns(width));
      expect(code).toBe(0);
      expect(widest(stdout)).toBeLessThanOrEqual(width);
    },
  );

  it('is at most 80 columns on a wide terminal, and continues examples with "\\"', async () => {
    const { stdout } = await runCli(['uncertainty', '--help'], columns(200));
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    expect(stdout).toContain(
      '  smartcities uncertainty --runs 10000 --seed 7 --weight-noise 0.25 --vary \\\n    aggregation=arithmetic,geometric\n',
    );
  });
});
