import type { Source } from '../schema/index.ts';

/**
 * The one-line source note that goes with every page, download and response: title in both
 * languages, the institutions, the year and where the report is available.
 * @example sourceLine(source2020, 'en') // "Source: Global Smart Cities 2020 (全球智慧之都报告（2020版）), …"
 */
export function sourceLine(source: Source, lang: 'en' | 'zh' = 'en'): string {
  if (lang === 'zh') {
    const by = source.institutions.map((i) => i.zh).join('、');
    return `来源：${source.title.zh}（${source.title.en}），${by}，${source.year}年。可在${source.availableAt.name}获取：${source.availableAt.url}`;
  }
  const by = source.institutions.map((i) => i.en).join(' and ');
  return `Source: ${source.title.en} (${source.title.zh}), ${by}, ${source.year}. Available from the ${source.availableAt.name}: ${source.availableAt.url}`;
}
