import { parse } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { source2020 } from '../editions/2020/source.ts';
import { sourceSchema } from '../schema/index.ts';
import { cite, citeBibtex, citeRis, citeText, cslJson } from './cite.ts';
import { sourceLine } from './source-line.ts';

const cslSchema = JSON.parse(
  readFileSync(new URL('../../test/fixtures/csl/csl-data.json', import.meta.url), 'utf8'),
) as object;

describe('the source record', () => {
  it('is valid against its schema and names both institutions, the team and the year', () => {
    expect(sourceSchema.safeParse(source2020).success).toBe(true);
    expect(source2020.institutions.map((i) => i.en)).toEqual([
      'Institute of Information, Shanghai Academy of Social Sciences',
      'Smart City Research Center of Fudan University',
    ]);
    expect(source2020.team).toHaveLength(10);
    expect(source2020.year).toBe(2020);
  });

  it.each(['en', 'zh'] as const)('gives a one-line source note in %s with title, year and link', (lang) => {
    const line = sourceLine(source2020, lang);
    expect(line).toContain('Global Smart Cities 2020');
    expect(line).toContain('全球智慧之都报告');
    expect(line).toContain('2020');
    expect(line).toContain('https://publicadministration.un.org/en');
    expect(line).not.toContain('\n');
  });
});

describe('cite()', () => {
  it('writes BibTeX that a BibTeX parser reads back as one techreport', () => {
    const library = parse(citeBibtex(source2020), { sentenceCase: false, caseProtection: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const [entry] = library.entries;
    expect(entry!.type).toBe('techreport');
    expect(entry!.fields.title).toBe('Global Smart Cities 2020: Humanity, Technology and Sustainability');
    expect(entry!.fields.author?.map((a) => a.lastName)).toEqual(source2020.team.map((p) => p.family));
    expect(entry!.fields.year).toBe('2020');
    expect(entry!.fields.institution).toEqual(source2020.institutions.map((i) => i.en));
  });

  it('writes CSL-JSON that validates against the CSL input schema', () => {
    const validate = new Ajv({ strict: false }).compile(cslSchema);
    const items = JSON.parse(cite(source2020, 'csl-json'));
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    expect(items).toEqual(cslJson(source2020));
  });

  it('rejects a CSL item the schema does not allow (the check can fail)', () => {
    const validate = new Ajv({ strict: false }).compile(cslSchema);
    expect(validate([{ ...cslJson(source2020)[0], type: 'white-paper' }])).toBe(false);
  });

  it('writes RIS: a report record, one AU line per team member, closed by ER', () => {
    const lines = citeRis(source2020).trimEnd().split('\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines.filter((l) => l.startsWith('AU  - '))).toHaveLength(10);
    expect(lines).toContain('PY  - 2020');
    expect(lines.at(-1)).toBe('ER  -');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  -( .+)?$/);
  });

  it('writes plain text with the authors, year, both titles and the link', () => {
    expect(citeText(source2020)).toMatch(
      /^Zhao, F\., Wang, X\., .*& Zheng, J\. \(2020\)\. Global Smart Cities 2020: Humanity, Technology and Sustainability \[全球智慧之都报告（2020版）\]\. .*https:\/\/publicadministration\.un\.org\/en$/,
    );
  });
});
