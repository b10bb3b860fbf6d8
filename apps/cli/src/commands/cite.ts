import { cite, citationFormats } from '@smartcities/data/source';
import { source2020 } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { outputArgs } from '../flags/common-args.ts';
import { formatFlag, writeOutput } from '../output/emit.ts';

export const examples = [
  'smartcities cite',
  'smartcities cite --format bibtex >> references.bib',
  'smartcities cite --format ris',
  'smartcities cite --format csl-json --out source.json',
];

export default defineCommand({
  meta: {
    name: 'cite',
    description:
      'How to cite the report the index reproduces (Global Smart Cities 2020), as text, BibTeX, RIS or CSL-JSON',
  },
  args: {
    format: {
      type: 'string',
      description: `Citation format: ${citationFormats.join(', ')} (default text)`,
      valueHint: citationFormats.join('|'),
    },
    out: outputArgs.out,
    debug: outputArgs.debug,
  },
  async run({ args }) {
    const format = formatFlag(args.format, citationFormats, 'text');
    await writeOutput(cite(source2020, format), args.out);
  },
});
