import { describe, expect, it } from 'vitest';
import { runCli } from './testing/run-cli.ts';

describe('smartcities errors: exit 2 with a did-you-mean, no stack trace', () => {
  it.each([
    [['rnak'], 'unknown command "rnak"; did you mean "rank"?'],
    [['rank', '--wieghts', 'governance=2'], 'rank: unknown flag "--wieghts"; did you mean "--weights"?'],
    [['--verbose', 'rank'], 'unknown flag "--verbose"'],
    [
      ['rank', '--aggregation', 'geometrc'],
      '--aggregation: unknown aggregation method "geometrc"; did you mean "geometric"?',
    ],
    [
      ['city', 'london', '--exclude', 'data-centre'],
      '--exclude: unknown indicator or pillar "data-centre"; did you mean "data-center"?',
    ],
    [['city', 'londn'], 'unknown city "londn"; did you mean "london"?'],
    [['city', 'Hong Knog'], 'unknown city "Hong Knog"; did you mean "hong-kong"?'],
    [
      ['what-it-takes', 'atlantis', '--rank', '3'],
      'unknown city "atlantis"; expected an id, English or Chinese name',
    ],
    [['compare', 'london', 'new-yrok'], 'unknown city "new-yrok"; did you mean "new-york"?'],
    [['city'], 'Missing required positional argument: ID'],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('smartcities help and version', () => {
  it('prints a command help with examples, exit 0, no colour when piped', async () => {
    const { code, stdout } = await runCli(['rank', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/USAGE smartcities rank/);
    expect(stdout).toContain('--weights=<ID=W,…>');
    expect(stdout).toContain('EXAMPLES\n\n  smartcities rank\n');
    expect(stdout).not.toMatch(/\u001B\[/);
  });

  it('lists every command in the overall help', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const name of [
      'rank',
      'city',
      'compare',
      'framework',
      'reputation',
      'verify',
      'uncertainty',
      'sensitivity',
      'what-it-takes',
      'score',
      'export',
      'help',
    ]) {
      expect(stdout).toMatch(new RegExp(`^\\s+${name}\\s`, 'm'));
    }
  });

  it.each([
    [['help'], ['--help']],
    [
      ['help', 'rank'],
      ['rank', '--help'],
    ],
    [
      ['help', 'what-it-takes'],
      ['what-it-takes', '--help'],
    ],
    [['help', 'help'], ['--help']],
  ])('%j prints what %j prints, exit 0', async (args, same) => {
    const [asked, expected] = await Promise.all([runCli(args), runCli(same)]);
    expect(asked).toEqual({ ...expected, code: 0 });
    expect(asked.stdout).toMatch(/\n\nUSAGE smartcities/);
  });

  it.each([
    [['help', 'rnak'], 'unknown command "rnak"; did you mean "rank"?'],
    [['help', 'rank', 'city'], 'help: unexpected argument "city"'],
  ])('%j fails with exit 2: %s', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
  });

  it('prints the usage on standard error and exits 2 without a command', async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/USAGE smartcities/);
  });

  it('prints the version', async () => {
    expect((await runCli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
