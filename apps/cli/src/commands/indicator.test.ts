import { indicatorProfile, score } from '@smartcities/core';
import { edition2020 } from '@smartcities/data/editions/2020';
import { indicatorNoteSchema } from '@smartcities/data/schema';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

describe('smartcities indicator', () => {
  it('shows the definition, sources, caveats with their places, weights and the ranking', async () => {
    const { code, stdout } = await runCli(['indicator', 'data-center']);
    expect(code).toBe(0);
    expect(stdout).toContain('Sources: World Bank (section appendix, p. 40, line 839)');
    expect(stdout).toMatch(/China, India and Brazil.*\(section 2\.1, p\. 11, line 323, table 2-1\)/);
    expect(stdout).toContain('Weight 25.0% of its pillar, effective 5.0% of the index');
    expect(stdout).toMatch(/\n\s+1\s+Singapore\s+100\.0\s+100\.0\n/);
    expect(stdout).toMatch(/Correlation \(Pearson r\) with infrastructure 0\.\d\d, with the index 0\.\d\d/);
  });

  it("writes JSON with core's indicator profile and a note that fits the data schema", async () => {
    const json = JSON.parse((await runCli(['indicator', 'university-strength', '--format', 'json'])).stdout);
    const note = edition2020.report.indicatorNotes.find((n) => n.id === 'university-strength');
    const expected = indicatorProfile(
      score(edition2020.dataset),
      edition2020.dataset,
      'university-strength',
      note,
    );
    expect(json.indicator).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(indicatorNoteSchema.parse(json.indicator.note)).toEqual(json.indicator.note);
  });

  it('follows the scenario and writes the ranking as CSV', async () => {
    const lines = (
      await runCli(['indicator', 'open-data', '--exclude', 'open-data', '--format', 'csv'])
    ).stdout
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('rank,city,name,value,score');
    expect(lines).toHaveLength(21);
    expect(lines[1]).toMatch(/^,\w/);
  });

  it('fails with a suggestion for an unknown indicator', async () => {
    const { code, stderr } = await runCli(['indicator', 'data-centre']);
    expect(code).toBe(2);
    expect(stderr).toContain('did you mean "data-center"');
  });
});

describe('smartcities rank --group', () => {
  it('keeps the group with ranks within it', async () => {
    const json = JSON.parse((await runCli(['rank', '--group', 'developing', '--format', 'json'])).stdout);
    expect(
      json.rows.map((r: { city: string; rank: number; groupRank: number }) => [r.city, r.rank, r.groupRank]),
    ).toEqual([
      ['shanghai', 4, 1],
      ['beijing', 5, 2],
      ['dubai', 11, 3],
      ['moscow', 16, 4],
      ['mumbai', 17, 5],
      ['buenos-aires', 18, 6],
      ['rio-de-janeiro', 19, 7],
      ['cairo', 20, 8],
    ]);
  });

  it('shows the rank in the group in the table, on a pillar too', async () => {
    const { stdout } = await runCli(['rank', '--group', 'europe', '--pillar', 'innovation']);
    expect(stdout).toContain('Smart innovation: ranking (europe)');
    expect(stdout).toMatch(/\n\s+3\s+2\s+Paris\s+82\.\d/);
  });

  it('fails naming the flag for an unknown group', async () => {
    const { code, stderr } = await runCli(['rank', '--group', 'mars']);
    expect(code).toBe(2);
    expect(stderr).toContain('--group: unknown group "mars"');
  });
});
