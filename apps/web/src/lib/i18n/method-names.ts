import type { AggregationMethod, NormalisationMethod } from '@smartcities/core';
import type { Lang } from './lang';

/** Every normalisation method in words (typed exhaustively: a new method must be named here). */
const normalisation: Record<NormalisationMethod, Record<Lang, string>> = {
  'as-published': { en: 'As published (the report)', zh: '按报告公布值' },
  'min-max': { en: 'Min–max (0 to 100)', zh: '最小–最大值（0至100）' },
  'z-score': { en: 'Standard scores (z-scores)', zh: '标准分数（z分数）' },
  'fraction-of-max': { en: 'Share of the best value', zh: '占最佳值的比例' },
  'percentile-rank': { en: 'Percentile rank', zh: '百分位排名' },
  rank: { en: 'Rank', zh: '名次' },
  borda: { en: 'Borda count', zh: '波达计数' },
  goalposts: { en: 'Fixed goalposts', zh: '固定目标区间' },
  'distance-to-target': { en: 'Distance to a target', zh: '与目标值的距离' },
  'distance-to-reference': { en: 'Distance to a reference city', zh: '与参照城市的距离' },
  'distance-to-max': { en: 'Distance to the best value', zh: '与最佳值的距离' },
};

/** Every aggregation method in words. */
const aggregation: Record<AggregationMethod, Record<Lang, string>> = {
  arithmetic: { en: 'Arithmetic mean', zh: '算术平均' },
  geometric: { en: 'Geometric mean', zh: '几何平均' },
  harmonic: { en: 'Harmonic mean', zh: '调和平均' },
  generalised: { en: 'Generalised mean', zh: '广义平均' },
  median: { en: 'Median', zh: '中位数' },
  copeland: { en: 'Copeland (pairwise wins)', zh: '科普兰法（两两比较）' },
};

/**
 * A method's name in words in a language.
 * @example methodName('aggregation', 'geometric', 'zh') // "几何平均"
 */
export function methodName(
  kind: 'normalisation' | 'aggregation',
  method: NormalisationMethod | AggregationMethod,
  lang: Lang,
): string {
  const table: Record<string, Record<Lang, string>> = kind === 'normalisation' ? normalisation : aggregation;
  return table[method]?.[lang] ?? method;
}
