import type { IndicatorNote } from '../../../schema/index.ts';
import { at } from '../report-sections.ts';
import { appendixSource, compositeUnit, printedScale } from './shared.ts';

const firmCount = {
  en: 'Presence of leading firms in the city (no unit given)',
  zh: '城市中领先企业的分布（未给出单位）',
};

/** Notes on the four smart-economy indicators (section 2.2, table 2-2, appendix). */
export const economyNotes: readonly IndicatorNote[] = [
  {
    id: 'interactive-design',
    definition: {
      en: 'Where the top advertising agencies and the big engineering and construction firms are based, standing for graphic and built-environment design.',
      zh: '顶级广告公司以及大型工程建设企业的所在地，分别代表平面设计与建筑造型设计产业。',
    },
    definitionPlace: at('2.2', 399, 'advertising design companies'),
    sources: [appendixSource('Industry ranking & agency distribution', 840)],
    unit: firmCount,
    scale: printedScale,
    caveats: [
      {
        id: 'state-owned-engineering',
        text: {
          en: "Counting head offices favours capitals of large state-owned engineering groups; the report itself links Beijing's top score partly to them.",
          zh: '按总部计数有利于聚集大型国有工程集团的首都；报告本身也把北京的最高分部分归因于此。',
        },
        place: at('2.2', 399, 'state-owned'),
      },
    ],
  },
  {
    id: 'software-development',
    definition: {
      en: 'How good a place the city is for building software: business and legal climate, market, talent, specialisation, connectivity and living conditions together.',
      zh: '城市发展软件产业的条件：营商与法律环境、市场、人才、专业化程度、连通性和生活条件的综合。',
    },
    definitionPlace: at('2.2', 405, 'legal environment'),
    sources: [appendixSource('IBM', 841)],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'conditions-not-output',
        text: {
          en: 'It rates the conditions for a software industry, not how much software the city actually produces.',
          zh: '它衡量的是发展软件产业的条件，而不是城市实际的软件产出。',
        },
        place: at('2.2', 405, 'talent reserve'),
      },
    ],
  },
  {
    id: 'digital-applications',
    definition: {
      en: 'How well the city can put ICT to use: software and skilled engineers on hand, venture capital, IT facilities, and the quality of life that keeps such workers.',
      zh: '城市应用信息通信技术的能力：软件与工程人才的可得性、风险投资、信息技术设施，以及留住这些人才的生活质量。',
    },
    definitionPlace: at('2.2', 415, 'venture capital'),
    sources: [appendixSource('PwC', 842, 'PWC')],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'mixes-living-conditions',
        text: {
          en: 'Quality of life and work-life balance are part of the mix, so it reaches beyond the digital economy itself.',
          zh: '生活质量与工作生活平衡也计入其中，因此它的范围超出了数字经济本身。',
        },
        place: at('2.2', 415, 'quality of life'),
      },
    ],
  },
  {
    id: 'ict-industry-level',
    definition: {
      en: 'The weight of the information-services industry, judged by where the major ICT consultancies and operators are located.',
      zh: '信息服务业的能级，依据主要信息产业咨询公司和运营公司的分布来判断。',
    },
    definitionPlace: at('2.2', 421, 'consulting companies'),
    sources: [appendixSource('Industry ranking & agency distribution', 843)],
    unit: firmCount,
    scale: printedScale,
    caveats: [
      {
        id: 'firm-proxy',
        text: {
          en: 'Output figures for the sector are hard to get and mean different things in different cities, so company locations are used instead.',
          zh: '该行业的产出数据难以获得，各城市的口径也不同，因此改用企业分布来代替。',
        },
        place: at('2.2', 421, 'difficult to obtain'),
      },
      {
        id: 'three-names',
        text: {
          en: 'The report prints this indicator under three names: "Letter capacity level" (framework), "Information Capacity Level" (section) and "ICT Industry Level" (table 2-2).',
          zh: '报告用三个名称印出此指标：框架图中的“Letter capacity level”、小节中的“Information Capacity Level”和表2-2中的“ICT Industry Level”。',
        },
        place: at('2.2', 371, 'ICT Industry Level', { table: '2-2' }),
      },
    ],
  },
];
