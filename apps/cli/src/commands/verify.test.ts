import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

describe('smartcities verify', () => {
  it('states the counts in plain words and lists the cells that are not exact', async () => {
    const { code, stdout } = await runCli(['verify']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^760 printed numbers: \d+ exact, \d+ within input rounding, \d+ explained by errata, 0 failed\.\n/,
    );
    expect(stdout).toMatch(/\noverall\s+5\s+score\s+beijing\s+92\.8\s+92\.7\s+±0\.117\s+rounding\s+–?\n/);
    expect(stdout).toMatch(
      /\noverall\s+19\s+label\s+rio-de-janeiro\s+Ellis\s+Rio de Janeiro\s+–\s+erratum\s+E-overall-r19-label\n/,
    );
    expect(stdout).not.toContain('Errata\n');
  });

  it('writes each of the 760 printed numbers once as JSON, with the errata on request', async () => {
    const json = JSON.parse((await runCli(['verify', '--errata', '--format', 'json'])).stdout);
    expect(Object.keys(json)).toEqual(['summary', 'rows', 'other', 'errata']);
    expect(json.summary).toMatchObject({ cells: 760, failed: 0 });
    expect(json.rows).toHaveLength(760);
    expect(
      new Set(
        json.rows.map(
          (r: { table: string; row: number; column: string }) => `${r.table}|${r.row}|${r.column}`,
        ),
      ).size,
    ).toBe(760);
    expect(Object.keys(json.rows[0])).toEqual(
      expect.arrayContaining(['table', 'row', 'column', 'published', 'computed', 'status', 'bound']),
    );
    expect(json.errata.map((e: { id: string }) => e.id)).toContain('E-2-6-r8-reputationRank');
  });

  it('writes every printed number as CSV and lists the errata with their evidence in the table', async () => {
    const csv = (await runCli(['verify', '--format', 'csv'])).stdout.trimEnd().split('\r\n');
    expect(csv[0]).toBe('table,row,column,city,published,computed,unrounded,bound,status,erratum');
    expect(csv).toHaveLength(761);
    const table = (await runCli(['verify', '--errata'])).stdout;
    expect(table).toContain('\nErrata\n');
    expect(table).toMatch(/\nE-2-6-r8-reputationRank: Rio de Janeiro and Hong Kong both have 18 papers/);
  });
});
