import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

const pillars = ['infrastructure', 'economy', 'service', 'governance', 'innovation'];
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('--weights says what it does', () => {
  it('prints the rule and the effective shares on standard error in table mode', async () => {
    const { code, stdout, stderr } = await runCli(['rank', '--weights', 'infrastructure=2', '--top', '3']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Smart city index: ranking\n/);
    expect(stderr).toContain(
      "note: weights are relative: a node's share of its parent is its weight over the",
    );
    expect(stderr).toMatch(/\n {4}infrastructure {2}weight 2 {7}71\.4%\n/);
    expect(stderr).toMatch(/\n {4}economy {9}weight 0\.2 {6}7\.1%\n/);
    expect(stderr).not.toMatch(/mobile-phone/);
  });

  it('lists the indicators of a pillar whose indicator weights were given', async () => {
    const { stderr } = await runCli(['city', 'london', '--weights', 'data-center=3']);
    expect(stderr).toContain('  infrastructure:\n');
    expect(stderr).toMatch(/\n {4}data-center {14}weight 3 {7}16\.0%\n/);
    expect(stderr).toMatch(/\n {4}mobile-phone {13}weight 0\.25 {5}1\.3%\n/);
    expect(stderr).not.toContain('pillars:');
  });

  it('carries effectiveWeights in JSON, computed by core, and prints nothing on standard error', async () => {
    const { code, stdout, stderr } = await runCli([
      'rank',
      '--weights',
      'infrastructure=2',
      '--format',
      'json',
    ]);
    expect([code, stderr]).toEqual([0, '']);
    const { effectiveWeights } = JSON.parse(stdout);
    expect(effectiveWeights.infrastructure).toBeCloseTo(2 / 2.8, 12);
    expect(effectiveWeights.economy).toBeCloseTo(0.2 / 2.8, 12);
    expect(effectiveWeights['mobile-phone']).toBeCloseTo(2 / 2.8 / 4, 12);
    expect(sum(pillars.map((id) => effectiveWeights[id]))).toBeCloseTo(1, 12);
    expect(Object.keys(effectiveWeights)).toHaveLength(5 + 21);
  });

  it("is silent without weights, and JSON has the report's shares", async () => {
    const { stdout, stderr } = await runCli(['rank', '--format', 'json']);
    expect(stderr).toBe('');
    const { effectiveWeights } = JSON.parse(stdout);
    expect(effectiveWeights.infrastructure).toBe(0.2);
    expect(effectiveWeights['open-data']).toBeCloseTo(0.04, 12);
    expect((await runCli(['rank'])).stderr).toBe('');
  });

  it('states the rule with the same share in --help', async () => {
    const { stdout } = await runCli(['rank', '--help']);
    const help = stdout.replace(/\n +/g, ' ');
    expect(help).toContain(
      'infrastructure=2 gives infrastructure 2/2.8 = 71% of the index and each other pillar 7%',
    );
    const json = JSON.parse(
      (await runCli(['rank', '--weights', 'infrastructure=2', '--format', 'json'])).stdout,
    );
    expect(Math.round(json.effectiveWeights.infrastructure * 100)).toBe(71);
    expect(Math.round(json.effectiveWeights.economy * 100)).toBe(7);
  });
});
