import type { Source } from '@smartcities/data/schema';
import { citeText, sourceLine } from '@smartcities/data/source';

/**
 * The source record as it travels in a download: the record itself with its one-line note and
 * plain-text citation (the `source` field of JSON exports).
 * @example exportedSource(source2020).line // "Source: Global Smart Cities 2020 (…), …"
 */
export function exportedSource(source: Source) {
  return { ...source, line: sourceLine(source), citation: citeText(source) };
}

/**
 * The source as a two-column metadata sheet (`field`, `value`) for spreadsheets: title in both
 * languages, institutions, team, year, where it is available, rights and our licences.
 */
export function sourceSheetRows(source: Source): { field: string; value: string | number }[] {
  return [
    { field: 'source', value: sourceLine(source) },
    { field: 'title', value: `${source.title.en}: ${source.subtitle.en}` },
    { field: 'title_zh', value: `${source.title.zh} ${source.subtitle.zh}` },
    ...source.institutions.map((i) => ({ field: 'institution', value: `${i.en} (${i.zh})` })),
    { field: 'team', value: source.team.map((p) => `${p.given} ${p.family}`).join('; ') },
    { field: 'year', value: source.year },
    { field: 'available_at', value: `${source.availableAt.name}: ${source.availableAt.url}` },
    { field: 'report_rights', value: source.rights.en },
    { field: 'our_licences', value: source.ours.note.en },
    { field: 'citation', value: citeText(source) },
  ];
}
