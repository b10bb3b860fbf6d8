import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { source2020 } from '../editions/2020/source.ts';

const cff = readFileSync(new URL('../../../../CITATION.cff', import.meta.url), 'utf8');

describe('CITATION.cff', () => {
  it('cites the software and, as its reference, the report from the one source record', () => {
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toMatch(/^type: software$/m);
    expect(cff).toContain(`license: ${source2020.ours.code}`);
    expect(cff).toContain(`title: '${source2020.title.en}: ${source2020.subtitle.en}'`);
    expect(cff).toContain(`year: ${source2020.year}`);
    expect(cff).toContain(`url: '${source2020.availableAt.url}'`);
    for (const person of source2020.team)
      expect(cff).toContain(`family-names: ${person.family}\n        given-names: ${person.given}`);
  });
});
