import type { CaseStudy } from '@smartcities/data/schema';
import { edition } from '../edition';
import type { Lang } from './lang';

/** What an indicator measures, in the page's language (our own words in both). */
export function localMeasures(indicator: { id: string; measures: string }, lang: Lang): string {
  return lang === 'zh'
    ? (edition.zh.measures[indicator.id as keyof typeof edition.zh.measures] ?? indicator.measures)
    : indicator.measures;
}

/** A case study's title, summary and key-figure labels in the page's language. */
export function localCaseStudy(
  study: CaseStudy,
  lang: Lang,
): { title: string; summary: string; labels: string[] } {
  const zh = lang === 'zh' ? edition.zh.caseStudies[study.id] : undefined;
  return {
    title: zh?.title ?? study.title,
    summary: zh?.summary ?? study.summary,
    labels: study.keyFigures.map((figure, i) => zh?.keyFigures[i] ?? figure.label),
  };
}
