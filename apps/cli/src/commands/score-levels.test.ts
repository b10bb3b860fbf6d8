import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

const asem = (name: string) =>
  fileURLToPath(new URL(`../../../../packages/core/test/fixtures/asem/${name}`, import.meta.url));
const coinr = ['score', '--idata', asem('asem_iData.csv'), '--imeta', asem('asem_iMeta.csv')];
const steps = ['--impute', 'mean', '--treat', 'coinr', '--normalisation', 'min-max', '--rescale', 'none'];

interface Row {
  rank: number;
  city: string;
  score: number;
  tier: string;
  nodes: Record<string, { score: number; rank: number }>;
  flags?: Record<string, string>;
}

describe('smartcities score: every level and the data steps', () => {
  it('gives COINr data every level in JSON, with imputed and treated cells flagged', async () => {
    const run = await runCli([...coinr, ...steps, '--format', 'json']);
    const notes = run.stderr.trimEnd().split('\n');
    expect(notes.filter((line) => !line.startsWith('columns: '))).toEqual([]);
    expect(notes[0]).toMatch(/asem_iData\.csv: 49 columns scored as indicators: LPI, /);
    expect(notes).toContainEqual(expect.stringMatching(/column "GDP_group": group, kept/));
    const out = JSON.parse(run.stdout) as { rows: Row[]; data: { imputed: unknown[]; treated: unknown[] } };
    expect(out.rows).toHaveLength(51);
    expect(Object.keys(out.rows[0]!.nodes)).toHaveLength(59);
    expect(out.rows[0]).toMatchObject({ rank: 1, tier: expect.any(String) });
    expect(out.rows[0]!.nodes.Physical).toEqual({ score: expect.any(Number), rank: expect.any(Number) });
    expect(out.data.imputed).toHaveLength(63);
    expect(out.data.treated).toHaveLength(34);
    const flags = out.rows.flatMap((r) => Object.values(r.flags ?? {}));
    expect(flags.filter((f) => f.includes('winsorised'))).toHaveLength(34);
  });

  it('writes every level to CSV: `<id>` and `<id>_rank` columns, then flags', async () => {
    const run = await runCli([...coinr, ...steps, '--format', 'csv']);
    const header = run.stdout.split('\r\n')[0]!.split(',');
    expect(header.slice(0, 7)).toEqual(['rank', 'city', 'name', 'score', 'tier', 'Conn', 'Conn_rank']);
    expect(header).toContain('Physical_rank');
    expect(header).toContain('LPI');
    expect(header.at(-1)).toBe('flags');
    expect(run.stdout.split('\r\n').filter(Boolean)).toHaveLength(52);
  });

  it('gives the 2020 edition its pillars and normalised indicators in every row', async () => {
    const run = await runCli(['score', '--edition', '2020', '--format', 'json']);
    const rows = (JSON.parse(run.stdout) as { rows: Row[] }).rows;
    expect(rows).toHaveLength(20);
    expect(Object.keys(rows[0]!.nodes)).toHaveLength(26);
    expect(rows[0]!.nodes.governance).toEqual({ score: expect.any(Number), rank: expect.any(Number) });
  });

  it('accepts the data-step flags on the other commands that take a scenario', async () => {
    const rank = await runCli(['rank', '--format', 'json', '--treat', 'coinr', '--impute', 'median']);
    expect(rank.code).toBe(0);
    const plain = await runCli(['rank', '--format', 'json']);
    expect(JSON.parse(rank.stdout).provenance.scenarioHash).not.toBe(
      JSON.parse(plain.stdout).provenance.scenarioHash,
    );
  });

  it.each([
    [['--impute', 'average'], /--impute: unknown imputation method "average"/],
    [['--treat', 'clip'], /--treat: unknown treatment "clip"/],
    [['--min-availability', 'half'], /--min-availability: expected a share between 0 and 1/],
    [
      ['--impute', 'group-mean', '--impute-group', 'Nope'],
      /--impute-group: no unit has a grouping column "Nope"/,
    ],
  ])('names the flag of a bad data step: %j', async (flags, message) => {
    const run = await runCli([...coinr, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('leaves out units under --min-availability and says so', async () => {
    const run = await runCli([...coinr, '--min-availability', '0.9', '--impute', 'mean', '--format', 'json']);
    const out = JSON.parse(run.stdout) as { rows: Row[]; data: { screened: { unit: string }[] } };
    expect(out.rows.length + out.data.screened.length).toBe(51);
    expect(out.data.screened.length).toBeGreaterThan(0);
  });
});
