import type { Claim } from '../../../schema/index.ts';
import { at } from '../report-sections.ts';

/** The report's comparisons between regions and between developed and developing economies. */
export const regionalClaims: readonly Claim[] = [
  {
    id: 'infrastructure-developing-leader',
    kind: 'group-leader',
    group: 'developing',
    city: 'dubai',
    ranking: 'infrastructure',
    place: at('summary', 112, 'developing cities'),
  },
  {
    id: 'service-developing-top-three',
    kind: 'group-top',
    group: 'developing',
    n: 3,
    ranking: 'service',
    place: at('2.3', 471, 'developing countries', { table: '2-3' }),
  },
  {
    id: 'governance-developed-median-above',
    kind: 'group-median-above',
    group: 'developed',
    than: 'developing',
    ranking: 'governance',
    place: at('2.4', 589, 'economic and social development', { table: '2-4' }),
    reading: {
      en: "The report links a country's overall development to its cities' governance; we test it as: the median governance score of developed-economy cities is above that of developing-economy cities.",
      zh: '报告认为国家的整体发展水平与城市治理高度相关；我们将其检验为：发达经济体城市的治理得分中位数高于发展中经济体城市。',
    },
  },
  {
    id: 'innovation-developed-median-above',
    kind: 'group-median-above',
    group: 'developed',
    than: 'developing',
    ranking: 'innovation',
    place: at('2.5', 691, 'economic and political environment', { table: '2-5' }),
    reading: {
      en: "The report ties a country's economic and political setting to the innovation level of its leading cities; we test it as a higher median innovation score for developed-economy cities.",
      zh: '报告认为国家的经济与政治环境与其中心城市的创新水平一致；我们将其检验为：发达经济体城市的创新得分中位数更高。',
    },
  },
];
