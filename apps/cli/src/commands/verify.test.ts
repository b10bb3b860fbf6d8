import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

describe('smartcities verify', () => {
  it('reproduces the report: exit 0 with every cell passing or explained', async () => {
    const { code, stdout } = await runCli(['verify']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^\d+ published cells checked: \d+ pass, \d+ explained by errata, 0 fail; the report is reproduced\.\n/,
    );
    expect(stdout).toMatch(
      /\noverall\s+19\s+label\s+rio-de-janeiro\s+Ellis\s+Rio de Janeiro\s+–\s+explained\s+E-overall-r19-label\n/,
    );
    expect(stdout).not.toContain('Errata\n');
  });

  it('writes the report as JSON, with the errata on request', async () => {
    const json = JSON.parse((await runCli(['verify', '--errata', '--format', 'json'])).stdout);
    expect(Object.keys(json)).toEqual(['cells', 'passed', 'explained', 'failed', 'rows', 'errata']);
    expect(json.failed).toBe(0);
    expect(json.cells).toBe(json.passed + json.explained);
    expect(json.rows).toHaveLength(json.cells);
    expect(json.rows[0]).toMatchObject({ table: 'overall', row: 1, status: 'pass' });
    expect(json.errata.map((e: { id: string }) => e.id)).toContain('E-2-6-r8-reputationRank');
  });

  it('writes every cell as CSV and lists the errata with their evidence in the table', async () => {
    const csv = (await runCli(['verify', '--format', 'csv'])).stdout.trimEnd().split('\r\n');
    expect(csv[0]).toBe('table,row,column,city,printed,computed,difference,status,erratum');
    expect(csv.length).toBeGreaterThan(600);
    const table = (await runCli(['verify', '--errata'])).stdout;
    expect(table).toContain('\nErrata\n');
    expect(table).toMatch(/\nE-2-6-r8-reputationRank: Rio de Janeiro and Hong Kong both have 18 papers/);
  });
});
