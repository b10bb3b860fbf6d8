import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

describe('smartcities city', () => {
  it('profiles a city: headline, every node against the median, strengths, reputation, case study', async () => {
    const { code, stdout } = await runCli(['city', 'hong-kong']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Hong Kong: rank 7 of 20, score 91\.1, tier advanced\n/);
    expect(stdout).toMatch(/\n {2}Smart infrastructure\s+–\s+96\.5\s+1\s+81\.9\s+\+14\.6\s+96\.5\n/);
    expect(stdout).toMatch(/\n {4}Mobile phone\s+100\s+100\.0\s+1\s+/);
    expect(stdout).toContain('Strengths: Mobile phone (rank 1), Export bandwidth (rank 1)');
    expect(stdout).toContain('18 papers, reputation rank 8*, smart city rank 7'); // table 2-6 as printed
    expect(stdout).toContain('Case study: Hong Kong: first-rate digital infrastructure');
  });

  it.each([
    ['London', 'London: rank 1 of 20'],
    ['hong kong', 'Hong Kong: rank 7 of 20'],
    ['Bombay', 'Mumbai: rank 17 of 20'],
    ['北京', 'Beijing: rank 5 of 20'],
    ['Bei Jing', 'Beijing: rank 5 of 20'],
  ])('finds %j by name, Chinese name or printed alias', async (query, headline) => {
    const { code, stdout } = await runCli(['city', query]);
    expect(code).toBe(0);
    expect(stdout.startsWith(headline)).toBe(true);
  });

  it('compares cities given by name, and refuses one city given twice under two names', async () => {
    const json = JSON.parse((await runCli(['compare', 'London', 'new york', '--format', 'json'])).stdout);
    expect(json.cities).toEqual(['london', 'new-york']);
    const twice = await runCli(['compare', 'mumbai', 'Bombay']);
    expect([twice.code, twice.stderr]).toEqual([2, 'error: compare: "Bombay" is given twice\n']);
  });

  it('writes the profile, reputation row and case studies as JSON', async () => {
    const json = JSON.parse((await runCli(['city', 'london', '--format', 'json'])).stdout);
    expect(Object.keys(json)).toEqual(['provenance', 'profile', 'reputation', 'caseStudies', 'published']);
    expect(json.published).toMatchObject({ score: 100, rank: 1, tier: 'leading' });
    expect(json.profile).toMatchObject({
      city: 'london',
      name: 'London',
      score: 100,
      rank: 1,
      tier: 'leading',
    });
    expect(json.profile.nodes.find((n: { id: string }) => n.id === 'governance')).toMatchObject({
      score: 74.28,
      rank: 1,
    });
    expect(json.reputation).toEqual({
      city: 'london',
      papers: 56,
      reputationRank: 4,
      smartRank: 1,
      difference: -3,
    });
    expect(json.caseStudies.map((c: { city: string }) => c.city)).toEqual(['london']);
  });

  it("shows the printed score under the report's method, with the recomputed one and why", async () => {
    const { stdout } = await runCli(['city', 'beijing']);
    expect(stdout).toMatch(/^Beijing: rank 5 of 20, score 92\.8\* \(computed 92\.7\), tier advanced\n/);
    expect(stdout).toContain(
      '* score printed 92.8, recomputed 92.7: within the rounding of the unpublished inputs (±0.117)',
    );
    const other = await runCli(['city', 'beijing', '--aggregation', 'geometric', '--format', 'json']);
    expect(JSON.parse(other.stdout)).not.toHaveProperty('published');
  });

  it('writes every node as CSV', async () => {
    const lines = (await runCli(['city', 'london', '--format', 'csv'])).stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'id,type,parent,name,value,score,rank,median,vsMedian,leader,published,published_rank',
    );
    expect(lines[1]).toMatch(/^index,aggregate,,Smart city index,,100,1,88\.2/);
    expect(lines).toHaveLength(1 + 1 + 5 + 21);
  });
});

describe('smartcities compare', () => {
  it('sets cities side by side with scores and ranks', async () => {
    const { code, stdout } = await runCli(['compare', 'london', 'new-york', 'tokyo']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^London: rank 1, leading · New York: rank 2, leading · Tokyo: rank 12, advanced\n/,
    );
    expect(stdout).toMatch(/\nNode\s+London\s+New York\s+Tokyo\n/);
    expect(stdout).toMatch(/\n {2}Smart economy\s+81\.7 \(2\)\s+89\.6\* \(1\)\s+66\.6 \(9\)\n/);
  });

  it('writes CSV and JSON', async () => {
    const csv = (await runCli(['compare', 'london', 'paris', '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toBe(
      'id,name,london,london_rank,london_published,london_published_rank,paris,paris_rank,paris_published,paris_published_rank',
    );
    expect(csv[2]).toBe('infrastructure,Smart infrastructure,89.925,3,89.9,3,81.375,11,81.3,11');
    const json = JSON.parse((await runCli(['compare', 'london', 'paris', '--format', 'json'])).stdout);
    expect(json.cities).toEqual(['london', 'paris']);
    expect(json.profiles[1]).toMatchObject({ city: 'paris', rank: 6 });
  });

  it('needs two distinct cities', async () => {
    const one = await runCli(['compare', 'london']);
    expect([one.code, one.stderr]).toEqual([
      2,
      'error: compare: expected two or more city ids, e.g. "smartcities compare london new-york"\n',
    ]);
    expect((await runCli(['compare', 'paris', 'paris'])).stderr).toContain('"paris" is given twice');
  });
});
