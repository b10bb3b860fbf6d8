import type { Source } from '../../schema/index.ts';

const sass = 'Institute of Information, Shanghai Academy of Social Sciences';
const fudan = 'Smart City Research Center, Fudan University';

/**
 * The one record of where the 2020 edition comes from: the report's titles and institutions as
 * printed on its cover, the report team in printed order, the year, where it is available, the
 * report's rights, and the terms of what this project publishes (code, and our own data files).
 */
export const source2020: Source = {
  id: 'global-smart-cities-2020',
  title: { en: 'Global Smart Cities 2020', zh: '全球智慧之都报告（2020版）' },
  subtitle: { en: 'Humanity, Technology and Sustainability', zh: '人本·科技·可持续' },
  institutions: [
    { en: sass, zh: '上海社会科学院信息研究所' },
    { en: 'Smart City Research Center of Fudan University', zh: '复旦大学智慧城市研究中心' },
  ],
  team: [
    { family: 'Zhao', given: 'Fuchun', affiliation: sass },
    { family: 'Wang', given: 'Xingquan', affiliation: sass },
    { family: 'Li', given: 'Nong', affiliation: sass },
    { family: 'Chen', given: 'Jun', affiliation: sass },
    { family: 'Deng', given: 'Feifei', affiliation: sass },
    { family: 'Wang', given: 'Ruiwu', affiliation: sass },
    { family: 'Ling', given: 'Hong', affiliation: fudan },
    { family: 'Zhang', given: 'Chenghong', affiliation: fudan },
    { family: 'Qian', given: 'Xuesheng', affiliation: fudan },
    { family: 'Zheng', given: 'Jianping', affiliation: fudan },
  ],
  year: 2020,
  availableAt: {
    name: 'United Nations Public Administration Network (UNPAN)',
    url: 'https://publicadministration.un.org/en',
  },
  rights: {
    en: 'The report is "All rights reserved" by the Institute of Information, Shanghai Academy of Social Sciences, and the Smart City Research Center, Fudan University. We use its figures and facts, never its sentences.',
    zh: '报告本身：上海社会科学院信息研究所与复旦大学智慧城市研究中心保留所有权利。本项目只使用其中的数字与事实，不转载原文语句。',
  },
  ours: {
    code: 'MIT',
    data: 'CC-BY-4.0',
    note: {
      en: "Our code is MIT-licensed; our data files (the transcription of the report's figures, the errata, our own texts) are CC BY 4.0. Cite the report when you use its figures.",
      zh: '本项目代码采用 MIT 许可；我们的数据文件（报告数字的转录、勘误与我们自己撰写的文字）采用 CC BY 4.0 许可。使用报告数字时请注明出处。',
    },
  },
};
