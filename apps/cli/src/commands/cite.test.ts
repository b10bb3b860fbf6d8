import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

describe('smartcities cite', () => {
  it('writes BibTeX that a BibTeX parser reads as one techreport of 2020', async () => {
    const { code, stdout } = await runCli(['cite', '--format', 'bibtex']);
    expect(code).toBe(0);
    const library = parse(stdout, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => [e.type, e.fields.year])).toEqual([['techreport', '2020']]);
  });

  it.each([
    ['text', /^Zhao, F\., .*\(2020\)\. Global Smart Cities 2020/],
    ['ris', /^TY {2}- RPRT\n/],
    ['csl-json', /^\[\n {2}\{\n {4}"id": "global-smart-cities-2020",/],
  ])('writes %s', async (format, pattern) => {
    const { code, stdout } = await runCli(['cite', '--format', format]);
    expect(code).toBe(0);
    expect(stdout).toMatch(pattern);
  });

  it('defaults to text and refuses an unknown format naming the flag', async () => {
    expect((await runCli(['cite'])).stdout).toMatch(/^Zhao, F\./);
    const { code, stderr } = await runCli(['cite', '--format', 'bibtx']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format: unknown format "bibtx"');
  });
});
