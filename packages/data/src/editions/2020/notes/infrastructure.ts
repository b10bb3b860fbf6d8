import type { IndicatorNote } from '../../../schema/index.ts';
import { at } from '../report-sections.ts';
import { appendixSource, printedScale } from './shared.ts';

/** Notes on the four smart-infrastructure indicators (section 2.1, table 2-1, appendix). */
export const infrastructureNotes: readonly IndicatorNote[] = [
  {
    id: 'mobile-phone',
    definition: {
      en: 'How many mobile phone subscriptions there are for every hundred residents (the penetration rate).',
      zh: '每百名居民拥有的移动电话用户数，即普及率。',
    },
    definitionPlace: at('appendix', 836, 'penetration'),
    sources: [appendixSource('ITU', 836)],
    unit: { en: 'Subscriptions per 100 people (%)', zh: '每百人用户数（%）' },
    scale: printedScale,
    caveats: [
      {
        id: 'saturated',
        text: {
          en: 'Nearly every city is already above 100%, so the scores sit close together and the indicator separates cities only a little.',
          zh: '几乎所有城市的普及率都已超过100%，得分彼此接近，该指标对城市的区分度很小。',
        },
        place: at('2.1', 329, '100%'),
      },
    ],
  },
  {
    id: 'next-generation-network',
    definition: {
      en: 'The share of mobile users on 4G networks, as a sign of how ready the city is for fast mobile data.',
      zh: '使用4G网络的移动用户比例，用来反映城市高速移动数据的准备程度。',
    },
    definitionPlace: at('2.1', 335, '4G'),
    sources: [appendixSource('ITU/Telecom Operators', 837)],
    unit: { en: 'Share of mobile users on 4G (%)', zh: '4G用户占比（%）' },
    scale: printedScale,
    caveats: [
      {
        id: 'generation',
        text: {
          en: 'It counts 4G only; the authors expect to move it to 5G in later editions, so values are not comparable across editions.',
          zh: '只统计4G；作者打算在以后的版本中改用5G，因此不同版本之间的数值不可比。',
        },
        place: at('2.1', 335, '5G'),
      },
    ],
  },
  {
    id: 'export-bandwidth',
    definition: {
      en: 'International internet bandwidth per inhabitant: how well the city is wired to the rest of the world.',
      zh: '人均国际互联网出口带宽，即城市与世界其他地方的连通程度。',
    },
    definitionPlace: at('appendix', 838, 'Bandwidth per capita'),
    sources: [appendixSource('ITU', 838)],
    unit: { en: 'Bandwidth per person', zh: '人均带宽' },
    scale: printedScale,
    caveats: [
      {
        id: 'gateway-or-per-person',
        text: {
          en: "The appendix calls it bandwidth per person, while section 2.1 reads it as the city's role as its country's internet gateway; the two readings need not agree.",
          zh: '附录称其为人均带宽，而2.1节把它解读为城市作为本国互联网出口枢纽的地位，两种解读未必一致。',
        },
        place: at('2.1', 341, 'export bandwidth'),
      },
    ],
  },
  {
    id: 'data-center',
    definition: {
      en: 'Secure internet servers per million people, a stand-in for data-centre capacity.',
      zh: '每百万人拥有的安全互联网服务器数量，用来代表数据中心能力。',
    },
    definitionPlace: at('appendix', 839, 'Secure Internet server'),
    sources: [appendixSource('World Bank', 839, 'World bank')],
    unit: { en: 'Secure servers per million people (national)', zh: '每百万人安全服务器数（国家层面）' },
    scale: printedScale,
    caveats: [
      {
        id: 'national-proxy',
        text: {
          en: 'No city-level figures exist, so every city gets its whole country’s value. For populous developing countries (China, India and Brazil) this national proxy under-rates their big cities.',
          zh: '由于缺少城市层面的数据，每个城市都采用其所在国家的数值。对人口众多的发展中国家（中国、印度和巴西）而言，这一国家层面的替代指标低估了其大城市。',
        },
        place: at('2.1', 323, 'World Bank', { table: '2-1' }),
      },
      {
        id: 'national-proxy-restated',
        text: {
          en: 'The indicator section says the same again for China and India: their leading cities look weaker here than they are.',
          zh: '该指标一节再次指出：中国和印度的主要城市在此项上被低估。',
        },
        place: at('2.1', 347, 'World Bank'),
      },
      {
        id: 'same-country-same-score',
        text: {
          en: 'Cities of one country share one value: Los Angeles, New York and Chicago all print 97.8, Beijing and Shanghai both print 53.8.',
          zh: '同一国家的城市得分相同：洛杉矶、纽约和芝加哥均为97.8，北京和上海均为53.8。',
        },
        place: at('2.1', 316, '53.8', { table: '2-1' }),
      },
    ],
  },
];
