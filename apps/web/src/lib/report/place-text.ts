import type { ReportPlace } from '@smartcities/data/schema';
import type { Lang } from '../i18n/lang';

/**
 * Where a fact sits in the report, short: "§2.1, p. 11, table 2-1, line 323" or in Chinese
 * "第2.1节，第11页，表2-1，第323行". Unnumbered sections show their id.
 */
export function placeText(place: ReportPlace, lang: Lang): string {
  const parts =
    lang === 'zh'
      ? [
          `${sectionZh(place.section)}`,
          `第${place.page}页`,
          ...(place.table ? [place.table === 'overall' ? '总排名表' : `表${place.table}`] : []),
          ...(place.figure ? [`图${place.figure}`] : []),
          `第${place.line}行`,
        ]
      : [
          sectionEn(place.section),
          `p. ${place.page}`,
          ...(place.table ? [place.table === 'overall' ? 'overall table' : `table ${place.table}`] : []),
          ...(place.figure ? [`figure ${place.figure}`] : []),
          `line ${place.line}`,
        ];
  return parts.join(lang === 'zh' ? '，' : ', ');
}

const numbered = (section: string) => /^\d/.test(section);
const named: Record<string, [string, string]> = {
  summary: ['executive summary', '内容摘要'],
  appendix: ['appendix', '附录'],
  preface: ['preface', '前言'],
};

function sectionEn(section: string): string {
  if (numbered(section)) return `§${section}`;
  return named[section]?.[0] ?? section.replace(/-case$/, ' case study').replace(/-/g, ' ');
}

function sectionZh(section: string): string {
  if (numbered(section)) return `第${section}节`;
  return named[section]?.[1] ?? `${section.replace(/-case$/, '')}案例`;
}
