import type { IndicatorNote } from '../../../schema/index.ts';
import { at } from '../report-sections.ts';
import { perceptionCaveat } from './service.ts';
import { appendixSource, compositeUnit, printedScale } from './shared.ts';

/** Notes on the five smart-governance indicators (section 2.4, table 2-4, appendix). */
export const governanceNotes: readonly IndicatorNote[] = [
  {
    id: 'open-data',
    definition: {
      en: 'How open public data is: laws and organisation behind it, how deep, broad and freely usable the data are, how much they are used, and the value they bring.',
      zh: '公共数据的开放程度：相关法规与组织保障、数据的深度、广度与获取自由、数据利用情况及其带来的价值。',
    },
    definitionPlace: at('2.4', 597, 'legal policy'),
    sources: [
      appendixSource('Open Data Barometer', 844),
      {
        name: 'Open data index of major global cities (Shanghai Academy of Social Sciences)',
        place: at('2.4', 597, 'Shanghai Academy of Social Sciences'),
      },
    ],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'own-institute',
        text: {
          en: "One of the two sources is an index made by the report's own academy, not an independent body.",
          zh: '两个来源之一是报告作者所在的社科院自己编制的指数，并非独立机构。',
        },
        place: at('2.4', 597, 'Shanghai Academy of Social Sciences'),
      },
    ],
  },
  {
    id: 'public-safety',
    definition: {
      en: 'How safe residents feel, judged mainly through the spread of video surveillance in the city.',
      zh: '居民的安全感，主要依据城市视频监控的覆盖程度来判断。',
    },
    definitionPlace: at('2.4', 607, 'surveillance video'),
    sources: [appendixSource('Smart City Index (IMD)', 845, 'Smart City index')],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'surveillance',
        text: {
          en: 'More cameras raise the score, so the indicator rewards surveillance rather than measuring crime or safety outcomes.',
          zh: '摄像头越多得分越高，因此该指标奖励的是监控覆盖，而不是犯罪率或安全结果。',
        },
        place: at('2.4', 607, 'surveillance video'),
      },
      perceptionCaveat,
    ],
  },
  {
    id: 'public-participation',
    definition: {
      en: 'How easily residents can reach city departments from phones or computers and put forward their views and suggestions online.',
      zh: '居民通过手机或电脑联系政府部门、在线提出意见和建议的便利程度。',
    },
    definitionPlace: at('2.4', 613, 'without leaving their homes'),
    sources: [appendixSource('Smart City Index (IMD)', 846, 'Smart City index')],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'appendix-merged',
        text: {
          en: 'In the appendix the descriptions of public safety and public participation run together in one cell, so the printed definition is unclear.',
          zh: '附录中公共安全与公众参与的说明挤在同一格内，印出的定义并不清楚。',
        },
        place: at('appendix', 845, 'reflects their opinions online'),
      },
      perceptionCaveat,
    ],
  },
  {
    id: 'social-inclusion',
    definition: {
      en: 'How small the digital gap between social groups is.',
      zh: '不同社会群体之间数字鸿沟的大小。',
    },
    definitionPlace: at('appendix', 847, 'Digital gap'),
    sources: [appendixSource('Cities in Motion (IESE)', 847, 'Cities in motion')],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'gap-or-diversity',
        text: {
          en: "The appendix speaks of a digital gap, but section 2.4 explains the ranking by each city's history and diversity, so what is measured is left open.",
          zh: '附录说的是数字鸿沟，而2.4节却用城市的历史和多元文化来解释排名，所测内容因此并不明确。',
        },
        place: at('2.4', 625, 'history'),
      },
    ],
  },
  {
    id: 'sustainability',
    definition: {
      en: 'Environmental performance such as green space and pollution, with weight on clean water, sanitation, clean energy and climate action.',
      zh: '环境表现，如绿地和污染，并侧重清洁水与卫生、清洁能源和气候行动。',
    },
    definitionPlace: at('2.4', 635, 'green space'),
    sources: [
      appendixSource('Sustainable City Ranking', 848),
      { name: 'Sustainable Cities Index 2018, environmental sub-index', place: at('2.4', 635, '2018') },
    ],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'environment-only-2018',
        text: {
          en: 'Only the environmental part of a 2018 index is used, so economic and social sustainability are left out and the data are two years older than the report.',
          zh: '只采用2018年指数中的环境分项，经济和社会可持续性未被纳入，数据也比报告早两年。',
        },
        place: at('2.4', 635, '2018'),
      },
    ],
  },
];
