import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from '../testing/run-cli.ts';

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

describe('smartcities explain', () => {
  it('splits every city’s change by component in JSON, adding up to the change', async () => {
    const run = await runCli(['explain', '--to', 'a=geometric&w=economy:0.5', '--format', 'json']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const json = JSON.parse(run.stdout);
    expect(json.differing).toEqual(['weights', 'aggregation']);
    expect(json.rows).toHaveLength(20);
    for (const row of json.rows) {
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining([
          'city',
          'from',
          'to',
          'change',
          'rankFrom',
          'rankTo',
          'contributions',
          'byIndicator',
          'passed',
          'passedBy',
        ]),
      );
      expect(Math.abs(sum(row.contributions) - row.change)).toBeLessThan(1e-9);
      expect(row.byIndicator).toBeNull();
    }
    const tokyo = json.rows.find((r: { city: string }) => r.city === 'tokyo');
    expect(tokyo.passedBy.map((p: { city: string }) => p.city)).toContain('sydney');
  });

  it('splits by indicator where both sides are arithmetic, for one city in the table', async () => {
    const json = JSON.parse(
      (await runCli(['explain', '--to', 'w=economy:2', 'tokyo', '--format', 'json'])).stdout,
    );
    expect(json.rows).toHaveLength(1);
    const [tokyo] = json.rows;
    expect(Math.abs(sum(tokyo.byIndicator) - tokyo.change)).toBeLessThan(1e-9);
    expect(Math.abs(sum(tokyo.byPillar) - tokyo.change)).toBeLessThan(1e-9);
    const table = await runCli(['explain', '--to', 'w=economy:2', 'tokyo']);
    expect(table.stdout).toMatch(/by pillar: Smart economy \+/);
    expect(table.stdout).toMatch(/Tokyo +86\.63 +\d+\.\d\d +[+-]\d+\.\d\d +12 → \d+ +[+-]\d+\.\d\d/);
  });

  it('reads a scenario file, writes CSV with every component, and a missing side is the report', async () => {
    const { dir, cleanup } = await tempFolder();
    try {
      await writeFile(join(dir, 'b.json'), JSON.stringify({ aggregation: { method: 'geometric' } }));
      const csv = await runCli(['explain', '--from', join(dir, 'b.json'), '--format', 'csv']);
      const [header, london] = csv.stdout.split(/\r?\n/);
      expect(header).toBe(
        'city,name,from,to,change,rankFrom,rankTo,aggregation,weights,normalisation,exclusions,imputation,rescaling,data,passed,passedBy,tierFrom,tierTo',
      );
      expect(london).toMatch(/^london,London,100,100,0,1,1,0,/);
      const tokyo = csv.stdout.split(/\r?\n/).find((l) => l.startsWith('tokyo'))!;
      expect(tokyo).toMatch(/^tokyo,Tokyo,81\.38\d*,86\.63\d*,5\.24\d*,14,12,5\.24/);
    } finally {
      await cleanup();
    }
  });

  it('explains uploaded data with the data flags of score', async () => {
    const { dir, cleanup } = await tempFolder();
    try {
      const units = 'id,name,a,b,c\nalpha,Alpha,90,10,5\nbeta,Beta,60,40,7\ngamma,Gamma,30,20,9\n';
      await writeFile(join(dir, 'units.csv'), units);
      const run = await runCli([
        'explain',
        '--data',
        join(dir, 'units.csv'),
        '--to',
        'n=min-max',
        '--format',
        'json',
      ]);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(json.differing).toEqual(['normalisation']);
      expect(json.rows.map((r: { city: string }) => r.city)).toEqual(['alpha', 'beta', 'gamma']);
      for (const row of json.rows) expect(Math.abs(sum(row.byIndicator) - row.change)).toBeLessThan(1e-9);
      const beta = await runCli([
        'explain',
        '--data',
        join(dir, 'units.csv'),
        '--to',
        'n=min-max',
        'beta',
        '--format',
        'json',
      ]);
      expect(JSON.parse(beta.stdout).rows.map((r: { city: string }) => r.city)).toEqual(['beta']);
      const wrong = await runCli(['explain', '--data', join(dir, 'units.csv'), 'betta']);
      expect([wrong.code, wrong.stderr]).toEqual([
        2,
        expect.stringContaining('unknown unit "betta"; did you mean "beta"?'),
      ]);
    } finally {
      await cleanup();
    }
  });

  it('explains a revision of uploaded data (--to-data), the change owed to the data alone', async () => {
    const { dir, cleanup } = await tempFolder();
    try {
      await writeFile(
        join(dir, 'v1.csv'),
        'id,name,a,b\nalpha,Alpha,90,10\nbeta,Beta,50,40\ngamma,Gamma,30,20\n',
      );
      await writeFile(
        join(dir, 'v2.csv'),
        'id,name,a,b\nalpha,Alpha,90,10\nbeta,Beta,95,40\ngamma,Gamma,30,20\n',
      );
      const run = await runCli([
        'explain',
        '--data',
        join(dir, 'v1.csv'),
        '--to-data',
        join(dir, 'v2.csv'),
        '--format',
        'json',
      ]);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(json.differing).toEqual(['data']);
      const beta = json.rows.find((r: { city: string }) => r.city === 'beta');
      expect(beta.rankFrom).toBe(2);
      expect(beta.rankTo).toBe(1);
      for (const row of json.rows) expect(Math.abs(row.contributions.data - row.change)).toBeLessThan(1e-9);
      await writeFile(join(dir, 'other.csv'), 'id,name,a,c\nalpha,Alpha,90,10\n');
      const other = await runCli([
        'explain',
        '--data',
        join(dir, 'v1.csv'),
        '--to-data',
        join(dir, 'other.csv'),
      ]);
      expect([other.code, other.stderr]).toEqual([2, expect.stringContaining('same framework')]);
      const alone = await runCli(['explain', '--to-framework', join(dir, 'v1.csv')]);
      expect([alone.code, alone.stderr]).toEqual([
        2,
        expect.stringContaining('--to-framework: goes with --to-data'),
      ]);
    } finally {
      await cleanup();
    }
  });

  it.each([
    [
      ['--to', 'a=geometic'],
      '--to a=geometic: ?a (aggregation.method): unknown aggregation method "geometic"',
    ],
    [['--from', 'w=nope:2'], '--from: weights.nope: unknown indicator or pillar "nope"'],
    [['--to', 'a=geometric', 'tokio'], 'unknown city "tokio"; did you mean "tokyo"?'],
    [['--to', ''], '--to: expected a scenario file or URL form'],
    [['--from', 'no-such-file.json'], '--from no-such-file.json: no such file'],
  ])('refuses %j naming the flag', async (args, message) => {
    const run = await runCli(['explain', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});

describe('smartcities diff', () => {
  it('prints the two rankings side by side with the change of rank', async () => {
    const json = JSON.parse((await runCli(['diff', '--to', 'a=geometric', '--format', 'json'])).stdout);
    expect(json.rows).toHaveLength(20);
    const sydney = json.rows.find((r: { city: string }) => r.city === 'sydney');
    expect(sydney).toMatchObject({ rankFrom: 13, rankTo: 11, rankChange: 2 });
    expect(json.rows.map((r: { rankTo: number }) => r.rankTo)).toEqual(
      [...json.rows.map((r: { rankTo: number }) => r.rankTo)].sort((a, b) => a - b),
    );
    const table = await runCli(['diff', '--to', 'a=geometric']);
    expect(table.stdout).toMatch(/13 +85\.65 +Sydney +11 +84\.24 +\+2/);
  });
});
