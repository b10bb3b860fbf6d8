import type { IndicatorNote } from '../../../schema/index.ts';
import { at } from '../report-sections.ts';
import { appendixSource, compositeUnit, printedScale } from './shared.ts';

/** The IMD Smart City Index, source of several indicators, rests mostly on residents' perceptions (section 1.2). */
export const perceptionCaveat = {
  id: 'perception-survey',
  text: {
    en: "The source, the IMD Smart City Index, is built mainly from residents' answers to a survey, so the score reports how people perceive the service.",
    zh: '数据来源IMD智慧城市指数主要依据居民问卷，因此得分反映的是居民对该服务的感受。',
  },
  place: at('1.2', 184, 'subjective'),
};

/** Notes on the four smart-service indicators (section 2.3, table 2-3, appendix). */
export const serviceNotes: readonly IndicatorNote[] = [
  {
    id: 'online-healthcare',
    definition: {
      en: 'How far residents can arrange medical care online, chiefly by booking doctor appointments over the internet.',
      zh: '居民在线安排医疗服务的程度，主要是通过互联网预约就诊。',
    },
    definitionPlace: at('2.3', 487, 'online medical appointment'),
    sources: [appendixSource('Smart City Index (IMD)', 849, 'Smart City index')],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'appointments-only',
        text: {
          en: 'Only online booking is looked at; telemedicine and shared health records, which the section discusses at length, do not enter the score.',
          zh: '只考察在线预约；本节大篇幅讨论的远程医疗和医疗信息共享并不计入得分。',
        },
        place: at('2.3', 487, 'online medical appointment'),
      },
      perceptionCaveat,
    ],
  },
  {
    id: 'convenient-transportation',
    definition: {
      en: 'How well public transport works for its users: effectiveness, reliability and safety of the network.',
      zh: '公共交通网络对出行者的便利程度：有效性、可靠性和安全性。',
    },
    definitionPlace: at('2.3', 505, 'public transport network'),
    sources: [
      appendixSource('Global Power City Index', 850, 'Global Power city index'),
      { name: 'UBS Prices and Earnings (taxi fares)', place: at('2.3', 507, 'UBS') },
    ],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [
      {
        id: 'three-parts',
        text: {
          en: 'It blends three different things: commuting time (itself the mean of a traffic-data estimate and a survey), congestion delay, and the price of a 5 km taxi ride.',
          zh: '它混合了三项不同内容：通勤时间（本身是交通数据估算与问卷结果的平均值）、拥堵造成的额外时间，以及5公里出租车费用。',
        },
        place: at('2.3', 507, 'taxi fare'),
      },
      {
        id: 'appendix-mismatch',
        text: {
          en: 'The appendix describes it as booking travel online, which does not match the commuting-based measure of section 2.3.',
          zh: '附录将其描述为在线预订出行，与2.3节基于通勤的测度并不一致。',
        },
        place: at('appendix', 850, 'Travel reservation online'),
      },
    ],
  },
  {
    id: 'online-education',
    definition: {
      en: 'Chances for lifelong learning and the use of IT skills in schools, as a sign of how digital education is.',
      zh: '终身学习的机会以及学校中信息技术技能的应用，用来反映教育的数字化程度。',
    },
    definitionPlace: at('2.3', 529, 'lifelong learning'),
    sources: [appendixSource('Smart City Index (IMD)', 851, 'Smart City index')],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [perceptionCaveat],
  },
  {
    id: 'online-employment',
    definition: {
      en: 'How easily people find work through online job lists and use employment services over the internet.',
      zh: '人们通过在线职位信息找到工作、在网上使用就业服务的便利程度。',
    },
    definitionPlace: at('2.3', 543, 'online access'),
    sources: [appendixSource('Smart City Index (IMD)', 852, 'Smart City index')],
    unit: compositeUnit,
    scale: printedScale,
    caveats: [perceptionCaveat],
  },
];
