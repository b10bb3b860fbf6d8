import type { IndicatorNote } from '../../../schema/index.ts';
import { at } from '../report-sections.ts';
import { appendixSource, compositeUnit, printedScale } from './shared.ts';

/** Notes on the four smart-innovation indicators (section 2.5, table 2-5, appendix). */
export const innovationNotes: readonly IndicatorNote[] = [
  {
    id: 'university-strength',
    definition: {
      en: 'How many of the universities inside the city appear in the QS ranking, and how high.',
      zh: '城市范围内进入QS排名的大学数量及其名次。',
    },
    definitionPlace: at('2.5', 699, 'QS university rankings'),
    sources: [appendixSource('QS university ranking', 853)],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'suburban-universities',
        text: {
          en: "Only universities within the city's limits count. In New York many strong universities sit in the suburbs, so the city's score is lower than its academic strength; Paris, where the country's best universities are inside the city, comes first.",
          zh: '只统计市域内的大学。纽约许多实力强的大学位于郊区，因此其得分低于实际学术实力；而法国的顶尖大学几乎都在巴黎市内，巴黎因此排名第一。',
        },
        place: at('2.5', 701, 'suburbs'),
      },
    ],
  },
  {
    id: 'research-development',
    definition: {
      en: 'Scientific and technological research capacity, counting universities as well as national labs, engineering centres and company research labs.',
      zh: '科技研发能力，除大学外还包括国家实验室、工程技术研究中心和企业研究实验室。',
    },
    definitionPlace: at('2.5', 707, 'National Laboratory'),
    sources: [appendixSource('Global Power City Index', 854)],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'wide-spread',
        text: {
          en: 'Scores range from 3.5 (Cairo) to 100 (New York), far wider than the other innovation indicators, so this one moves the innovation pillar more than its 25% weight suggests.',
          zh: '得分从3.5（开罗）到100（纽约），远比其他创新指标分散，因此它对智慧创新分项的影响大于其25%的权重。',
        },
        place: at('2.5', 711, 'gap between cities', { table: '2-5' }),
      },
    ],
  },
  {
    id: 'innovation-entrepreneurship',
    definition: {
      en: "How well a city supports starting and growing innovative companies, from two outside rankings of cities' entrepreneurial ability.",
      zh: '城市支持创新企业创立和成长的能力，依据两个外部的城市创业能力排名。',
    },
    definitionPlace: at('2.5', 719, 'global entrepreneurship index'),
    sources: [appendixSource('2thinknow', 855), appendixSource('Global Entrepreneurship Index', 855)],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'blend-unstated',
        text: {
          en: 'Two rankings are combined, but the report does not say how, so the score cannot be rebuilt from its sources.',
          zh: '两个排名被合并使用，但报告没有说明合并方法，因此无法从来源重建该得分。',
        },
        place: at('2.5', 719, '2tinknow'),
      },
    ],
  },
  {
    id: 'human-skills',
    definition: {
      en: 'The number and availability of skilled engineers and technical workers, and how well supply meets demand.',
      zh: '熟练工程师和技术工人的数量与可得性，以及人才供需的匹配程度。',
    },
    definitionPlace: at('2.5', 735, 'technical engineers'),
    sources: [
      appendixSource('Hays Global Skills Index', 856, "Hay's skill index"),
      appendixSource('Global Competitiveness Index', 856),
    ],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'narrow-spread',
        text: {
          en: 'All scores fall between 76.7 (Berlin) and 100 (Singapore), so the indicator separates cities little, and weaker cities such as Cairo (87.0) score above many leaders.',
          zh: '所有得分都在76.7（柏林）至100（新加坡）之间，区分度小，开罗（87.0）等较弱城市的得分甚至高于许多领先城市。',
        },
        place: at('2.5', 689, '87.0', { table: '2-5' }),
      },
    ],
  },
];
