import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

describe('smartcities claims', () => {
  it("lists the claims with ✓ under the report's method, misprinted ones ✗ with their erratum", async () => {
    const { code, stdout } = await runCli(['claims']);
    expect(code).toBe(0);
    expect(stdout).toContain('✓ London ranks first overall (section 1.4, p. 10, line 262, table overall)');
    expect(stdout).toMatch(/✗ Hong Kong and Singapore rank between 1 and 2 on Mobile phone[^✓✗]*E-text-l329/);
    const csv = (await runCli(['claims', '--format', 'csv'])).stdout.split(/\r?\n/);
    expect(csv[0]).toBe('status,id,kind,text,place,erratum');
    expect(csv[1]).toMatch(/^holds,london-first,rank,London ranks first overall,/);
    expect(stdout).toMatch(/\d+ of \d+ claims hold, 2 do not, 0 cannot be checked under this scenario\./);
  });

  it('shows the claims that fail under geometric aggregation, in JSON too', async () => {
    const json = JSON.parse(
      (await runCli(['claims', '--aggregation', 'geometric', '--failing', '--format', 'json'])).stdout,
    );
    expect(json.claims.map((c: { id: string }) => c.id)).toContain('economy-l393-1-5');
    expect(json.claims.every((c: { status: string }) => c.status === 'fails')).toBe(true);
    expect(json.tally.fails).toBe(json.claims.length);
  });

  it('writes Chinese sentences, and refuses an unknown language', async () => {
    const json = JSON.parse((await runCli(['claims', '--lang', 'zh', '--format', 'json'])).stdout);
    expect(json.claims[0].text).toBe('伦敦在总排名中排名第1');
    const bad = await runCli(['claims', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang: expected en or zh');
  });
});
