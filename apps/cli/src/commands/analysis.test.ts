import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

describe('smartcities uncertainty', () => {
  const args = [
    'uncertainty',
    '--runs',
    '200',
    '--seed',
    '7',
    '--weight-noise',
    '0.25',
    '--vary',
    'aggregation=arithmetic,geometric',
  ];

  it('gives rank intervals and tier probabilities, the same for the same seed', async () => {
    const first = await runCli([...args, '--format', 'json']);
    const json = JSON.parse(first.stdout);
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(json.runs).toBe(200);
    expect(json.provenance.edition).toBe('2020');
    expect(json.rows).toHaveLength(20);
    expect(Object.keys(json.rows[0])).toEqual(['city', 'nominal', 'mean', 'median', 'q05', 'q95', 'tiers']);
    expect(json.rows[0]).toMatchObject({ city: 'london', nominal: 1, q05: 1 });
    for (const row of json.rows)
      expect(row.tiers.leading + row.tiers.advanced + row.tiers.following).toBeCloseTo(1, 12);
    expect((await runCli([...args, '--format', 'json'])).stdout).toBe(first.stdout);
  });

  it('prints a table without a progress bar when piped, and CSV', async () => {
    const table = await runCli(args);
    expect(table.stderr).toBe('');
    expect(table.stdout).toMatch(
      /^Uncertainty: 200 runs, seed 7, varying 6 inputs \(weight:infrastructure, .*, aggregation\)\.\n/,
    );
    expect(table.stdout).toMatch(
      /\nRank\s+City\s+Mean\s+Median\s+90% interval\s+P\(leading\)\s+P\(advanced\)\s+P\(following\)\n\s+1\s+London\s+1\s+1\s+1–1\s+100\.0%/,
    );
    const csv = (await runCli([...args, '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toBe('nominal,city,mean,median,q05,q95,leading,advanced,following');
    expect(csv[1]).toMatch(/^1,london,1,1,1,1,1,0,0$/);
  });

  it.each([
    [['uncertainty'], 'uncertainty: declare what varies: --weight-noise X'],
    [['uncertainty', '--weight-noise', '2'], '--weight-noise: pillar weight noise must be from 0 to 1'],
    [
      ['uncertainty', '--drop-one', '--runs', '0'],
      '--runs: runs must be a whole number from 1 to 100000, got 0',
    ],
    [
      ['uncertainty', '--vary', 'aggregation=arithmetic,geometrc'],
      '--vary aggregation: unknown aggregation method "geometrc"; did you mean "geometric"?',
    ],
    [
      ['uncertainty', '--vary', 'normalization=min-max'],
      '--vary: unknown input to vary "normalization"; did you mean "normalisation"?',
    ],
  ])('rejects %j with exit 2', async (argv, message) => {
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('smartcities sensitivity', () => {
  it('gives first-order and total Sobol indices per input', async () => {
    const { code, stdout } = await runCli([
      'sensitivity',
      '--samples',
      '32',
      '--bootstrap',
      '0',
      '--weight-noise',
      '0.25',
      '--drop-one',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.samples).toBe(32);
    expect(json.rows.map((r: { input: { id: string } }) => r.input.id)).toEqual([
      'weight:infrastructure',
      'weight:economy',
      'weight:service',
      'weight:governance',
      'weight:innovation',
      'drop',
    ]);
    for (const row of json.rows) expect(row.total).toBeGreaterThanOrEqual(0);
    const table = await runCli(['sensitivity', '--samples', '32', '--bootstrap', '20', '--drop-one']);
    expect(table.stdout).toMatch(/\nInput\s+First-order\s+interval\s+Total effect\s+interval\ndrop\s+/);
    const csv = (
      await runCli(['sensitivity', '--samples', '32', '--bootstrap', '20', '--drop-one', '--format', 'csv'])
    ).stdout.split('\r\n');
    expect(csv[0]).toBe('input,kind,first,firstLow,firstHigh,total,totalLow,totalHigh');
    expect(csv[1]).toMatch(/^drop,drop,-?[\d.e-]+,-?[\d.e-]+,-?[\d.e-]+,[\d.e-]+,/);
  });

  it('names the flag of a bad sample count', async () => {
    const { code, stderr } = await runCli(['sensitivity', '--samples', '8', '--drop-one']);
    expect(code).toBe(2);
    expect(stderr).toContain('--samples: samples must be a whole number from 16 to 65536, got 8');
  });
});

describe('smartcities what-it-takes', () => {
  it('lists each indicator alone and the cheapest combination', async () => {
    const { code, stdout } = await runCli(['what-it-takes', 'berlin', '--tier', 'leading']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Berlin now: rank 15, advanced, score 82\.5\. Target: the leading tier or better\.\n/,
    );
    expect(stdout).toMatch(/\nSustainability\s+100\s+100\s+–\s+–\s+–\s+–\s+already at its best value\n/);
    expect(stdout).toMatch(
      /\nCheapest combination found: [\d.]+ points in total: .*; reaches rank \d+, leading/,
    );
  });

  it('answers in JSON, and says when the city is already there', async () => {
    const json = JSON.parse(
      (await runCli(['what-it-takes', 'toronto', '--rank', '12', '--format', 'json'])).stdout,
    );
    expect(json).toMatchObject({
      ok: true,
      city: 'toronto',
      target: { rank: 12 },
      already: false,
      current: { rank: 14 },
    });
    expect(json.combination.achieved.rank).toBeLessThanOrEqual(12);
    expect(json.combination.verified).toBe(true);
    expect((await runCli(['what-it-takes', 'london', '--rank', '1'])).stdout).toContain(
      'Target: rank 1 or better. Already there.',
    );
    const csv = (await runCli(['what-it-takes', 'toronto', '--rank', '12', '--format', 'csv'])).stdout.split(
      '\r\n',
    );
    expect(csv[0]).toBe(
      'indicator,current,best,points,value,achievedRank,achievedTier,status,reason,verified',
    );
    expect(csv[1]).toMatch(/^mobile-phone,[\d.]+,100,/);
  });

  it.each([
    [['what-it-takes', 'berlin'], 'what-it-takes: give exactly one target, --rank R or --tier T'],
    [
      ['what-it-takes', 'berlin', '--tier', 'leadng'],
      '--tier: unknown tier "leadng"; did you mean "leading"?',
    ],
    [['what-it-takes', 'berlin', '--rank', '25'], '--rank: rank must be from 1 to 20, got 25'],
    [['what-it-takes', 'berlim', '--rank', '3'], 'unknown city "berlim"; did you mean "berlin"?'],
  ])('rejects %j with exit 2', async (argv, message) => {
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
