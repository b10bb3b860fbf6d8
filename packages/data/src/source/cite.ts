import type { Source } from '../schema/index.ts';

/** The citation formats `cite` writes. */
export const citationFormats = ['text', 'bibtex', 'ris', 'csl-json'] as const;

/** A citation format. */
export type CitationFormat = (typeof citationFormats)[number];

const fullTitle = (s: Source) => `${s.title.en}: ${s.subtitle.en}`;
const publisher = (s: Source) => s.institutions.map((i) => i.en).join(' and ');

/**
 * The report cited as plain text (author-date): team, year, title with the Chinese title,
 * institutions and where it is available.
 * @example citeText(source2020) // "Zhao, F., Wang, X., … (2020). Global Smart Cities 2020: …"
 */
export function citeText(s: Source): string {
  const names = s.team.map((p) => `${p.family}, ${p.given[0]}.`);
  const authors = `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  return `${authors} (${s.year}). ${fullTitle(s)} [${s.title.zh}]. ${publisher(s)}. ${s.availableAt.name}: ${s.availableAt.url}`;
}

const bibtexEscape = (text: string) => text.replace(/([&%$#_{}])/g, '\\$1');

/**
 * The report as one BibTeX `@techreport` entry (special characters escaped, UTF-8 kept).
 * @example citeBibtex(source2020).startsWith('@techreport{zhao2020global,') // true
 */
export function citeBibtex(s: Source): string {
  const key = `${s.team[0]!.family.toLowerCase()}${s.year}${s.title.en.split(' ')[0]!.toLowerCase()}`;
  const fields: [string, string][] = [
    ['title', fullTitle(s)],
    ['author', s.team.map((p) => `${p.family}, ${p.given}`).join(' and ')],
    ['institution', publisher(s)],
    ['year', String(s.year)],
    ['url', s.availableAt.url],
    ['note', `Chinese title: ${s.title.zh}. Available from the ${s.availableAt.name}`],
  ];
  const braced = (name: string, value: string) => (name === 'title' ? `{{${value}}}` : `{${value}}`);
  const body = fields.map(([name, value]) => `  ${name} = ${braced(name, bibtexEscape(value))}`).join(',\n');
  return `@techreport{${key},\n${body}\n}\n`;
}

/**
 * The report as one RIS record (type RPRT), one tag per line, ending with `ER  -`.
 * @example citeRis(source2020).split('\n')[0] // "TY  - RPRT"
 */
export function citeRis(s: Source): string {
  const tags: [string, string][] = [
    ['TY', 'RPRT'],
    ...s.team.map((p): [string, string] => ['AU', `${p.family}, ${p.given}`]),
    ['TI', fullTitle(s)],
    ['TT', s.title.zh],
    ['PY', String(s.year)],
    ...s.institutions.map((i): [string, string] => ['PB', i.en]),
    ['UR', s.availableAt.url],
    ['N1', `Available from the ${s.availableAt.name}`],
    ['ER', ''],
  ];
  return `${tags.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\n')}\n`;
}

/** One CSL-JSON item (the fields our record fills). */
export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  'original-title': string;
  author: { family: string; given: string }[];
  issued: { 'date-parts': [[number]] };
  publisher: string;
  URL: string;
  note: string;
}

/**
 * The report as CSL-JSON (an array of one `report` item), the input format of citation processors.
 * @example cslJson(source2020)[0].type // "report"
 */
export function cslJson(s: Source): CslItem[] {
  return [
    {
      id: s.id,
      type: 'report',
      title: fullTitle(s),
      'original-title': s.title.zh,
      author: s.team.map(({ family, given }) => ({ family, given })),
      issued: { 'date-parts': [[s.year]] },
      publisher: publisher(s),
      URL: s.availableAt.url,
      note: `Available from the ${s.availableAt.name}`,
    },
  ];
}

/**
 * The report cited in one of the `citationFormats`, as text (CSL-JSON pretty-printed).
 * @example cite(source2020, 'ris')
 */
export function cite(s: Source, format: CitationFormat): string {
  if (format === 'bibtex') return citeBibtex(s);
  if (format === 'ris') return citeRis(s);
  if (format === 'csl-json') return `${JSON.stringify(cslJson(s), null, 2)}\n`;
  return `${citeText(s)}\n`;
}
