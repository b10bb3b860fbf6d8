import type { ReportNote } from '../../schema/index.ts';
import { at } from './report-sections.ts';

/** The report's reading of each pillar's table (sections 2.1 to 2.6), summarised in our words. */
export const pillarAnalyses: readonly ReportNote[] = [
  {
    id: 'analysis-infrastructure',
    topic: 'analysis',
    pillar: 'infrastructure',
    title: { en: 'Infrastructure: early movers lead', zh: '基础设施：先行者领先' },
    text: {
      en: 'Hong Kong, Singapore, London and the three US cities head the table, which the authors credit to starting early. The middle group falls behind mainly on international bandwidth. The bottom five (Cairo, Mumbai, Rio de Janeiro, Shanghai, Moscow) trail, above all on data centres, where a national statistic stands in for the city.',
      zh: '香港、新加坡、伦敦和三座美国城市位居前列，作者将其归因于起步早。中间组主要在国际出口带宽上落后。莫斯科、上海、里约热内卢、孟买和开罗排名靠后，尤其在数据中心一项上，而该项以国家数据代替城市数据。',
    },
    places: [at('2.1', 323, 'first mover', { table: '2-1' })],
  },
  {
    id: 'analysis-economy',
    topic: 'analysis',
    pillar: 'economy',
    title: { en: 'Economy: Chinese cities move up', zh: '经济：中国城市地位上升' },
    text: {
      en: 'The first five places go to New York and London, then Beijing, Shanghai and Paris; the authors see a clear rise of Chinese cities since the previous edition. The next six all lie in Asia-Pacific or North America. Seoul is held back because the measure looks at applications rather than manufacturing, and Mumbai by weak use of digital tools in daily life.',
      zh: '纽约、伦敦、北京、上海和巴黎位列前五；作者认为中国城市较上一版有明显上升。其后六个城市都位于亚太或北美。首尔因该项侧重应用而非制造而受限，孟买则受制于数字技术在日常生活中应用不足。',
    },
    places: [at('2.2', 393, 'top five', { table: '2-2' })],
  },
  {
    id: 'analysis-service',
    topic: 'analysis',
    pillar: 'service',
    title: { en: 'Service: developing-economy cities on top', zh: '服务：发展中经济体城市居首' },
    text: {
      en: 'Shanghai, Beijing and Dubai lead on online public services even though they are in developing economies. Several rich cities ranked 12th to 17th (Chicago, Sydney, Tokyo, Berlin) score low, especially on online education.',
      zh: '上海、北京和迪拜虽然属于发展中经济体，却在在线公共服务上领先。排名第12至17位的几座富裕城市（芝加哥、悉尼、东京、柏林）得分偏低，在线教育尤甚。',
    },
    places: [at('2.3', 471, 'developing countries', { table: '2-3' })],
  },
  {
    id: 'analysis-governance',
    topic: 'analysis',
    pillar: 'governance',
    title: { en: 'Governance: close, except the last three', zh: '治理：除末三位外差距不大' },
    text: {
      en: 'The first seventeen cities are fairly even, each with its own strengths. The bottom three (Cairo, Rio de Janeiro, Buenos Aires) are far behind on every part, which the authors tie to the wider state of development of their countries.',
      zh: '前十七个城市表现较为均衡，各有所长。布宜诺斯艾利斯、里约热内卢和开罗在各方面都明显落后，作者将其与所在国家的整体发展水平联系起来。',
    },
    places: [at('2.4', 589, 'top 17', { table: '2-4' })],
  },
  {
    id: 'analysis-innovation',
    topic: 'analysis',
    pillar: 'innovation',
    title: { en: 'Innovation: research sets the leaders apart', zh: '创新：研发拉开差距' },
    text: {
      en: 'The five leaders are London and New York, then Paris, Tokyo and Los Angeles. For the cities in places 6 to 16 the main gap to the leaders is research and development; the last four lag on research, entrepreneurship and universities alike.',
      zh: '伦敦、纽约、巴黎、东京和洛杉矶领先。第6至16名城市与领先者的主要差距在研发；最后四名在研发、创业和大学方面都落后。',
    },
    places: [at('2.5', 691, 'top five', { table: '2-5' })],
  },
  {
    id: 'analysis-reputation',
    topic: 'analysis',
    pillar: 'reputation',
    title: { en: 'Reputation: attention is not practice', zh: '声誉：关注度不等于实践' },
    text: {
      en: 'Beijing, Singapore and New York draw the most smart-city papers. English-language research favours English-speaking cities. Rio de Janeiro gets far more attention than its rank, Los Angeles far less.',
      zh: '北京、新加坡和纽约获得的智慧城市论文最多。英文研究更偏向英语城市。里约热内卢受到的关注远高于其排名，洛杉矶则远低于此。',
    },
    places: [at('2.6', 791, 'top three', { table: '2-6' }), at('2.6', 793, 'Los Angeles', { table: '2-6' })],
  },
];
