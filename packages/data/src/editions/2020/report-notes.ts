import type { ReportNote } from '../../schema/index.ts';
import { pillarAnalyses } from './pillar-analyses.ts';
import { at } from './report-sections.ts';

/** The report's method, its pillar analyses, conclusions and recommendations, summarised in our own words with their places. */
export const reportNotes: readonly ReportNote[] = [
  ...pillarAnalyses,
  {
    id: 'five-plus-one',
    topic: 'method',
    title: { en: 'The "5+1" model', zh: '“5+1”模型' },
    text: {
      en: 'Five measured pillars (infrastructure, economy, service, governance and innovation) make up the index. A sixth, reputation, is judged separately from academic attention and is shown beside the index, never added to it.',
      zh: '五个可量化的分项（基础设施、经济、服务、治理和创新）构成总指数。第六项“声誉”依据学术关注度单独评估，只与总指数并列展示，从不计入总分。',
    },
    places: [at('summary', 94, '5+1'), at('1.2', 229, '5+1'), at('appendix', 857, 'reference index')],
  },
  {
    id: 'weights',
    topic: 'method',
    title: { en: 'Weights', zh: '权重' },
    text: {
      en: 'Within a pillar every indicator weighs the same: a quarter in the four-indicator pillars, a fifth in governance. The five pillars count equally in the index.',
      zh: '同一分项内各指标权重相同：四个指标的分项各占四分之一，治理分项各占五分之一。五个分项在总指数中同等重要。',
    },
    places: [at('1.3', 233, 'weights'), at('appendix', 844, '20%')],
  },
  {
    id: 'printed-values',
    topic: 'method',
    title: { en: 'What the 420 values are', zh: '420个数值是什么' },
    text: {
      en: 'The 420 numbers (20 cities by 21 indicators) in tables 2-1 to 2-5 are not raw statistics: the authors had already turned them into unit-free scores from 0 to 100. This product starts from those printed scores. A pillar score is the weighted mean of its indicators and is not stretched again; only the overall score is rescaled so that the top city gets 100.',
      zh: '表2-1至表2-5中的420个数字（20个城市×21个指标）并非原始统计数据，而是作者已转换成的0至100无量纲得分。本产品即从这些印出的得分出发。分项得分是其指标的加权平均，不再重新拉伸；只有总分经过重新缩放，使排名第一的城市得100分。',
    },
    places: [at('1.4', 259, 'percentile system'), at('1.4', 259, '100 points')],
  },
  {
    id: 'tiers',
    topic: 'method',
    title: { en: 'Three tiers', zh: '三个层级' },
    text: {
      en: 'Cities more than one standard deviation above the mean overall score are "leading", those more than one below are "following", the rest "advanced".',
      zh: '总分高于平均值一个标准差以上的城市为“引领”，低于平均值一个标准差以上的为“跟随”，其余为“先进”。',
    },
    places: [at('1.4', 283, 'standard deviation')],
  },
  {
    id: 'reputation-method',
    topic: 'method',
    title: { en: 'How reputation was measured', zh: '声誉如何测量' },
    text: {
      en: 'The authors searched Web of Science for smart-city papers naming each city in title, keywords or abstract (January 2010 to May 2020). The search returned 1,100 papers; after reading the abstracts, 519 dealt with smart-city models, applications or data and were kept. The count per city gives the reputation ranking, and the papers were also sorted into three topics: applications, model and data (Figure 2-1).',
      zh: '作者在Web of Science中检索标题、关键词或摘要同时含“智慧城市”和城市名的论文（2010年1月至2020年5月），共得到1100篇；阅读摘要后，保留与智慧城市模式、应用或数据相关的519篇。各城市的论文数构成声誉排名，论文还被分为应用、模式和数据三类（图2-1）。',
    },
    places: [at('2.6', 761, '1100'), at('2.6', 763, '519'), at('2.6', 795, 'A (applications)')],
  },
  {
    id: 'figure-2-1',
    topic: 'method',
    title: { en: 'Figure 2-1 in words', zh: '图2-1的文字说明' },
    text: {
      en: 'The figure itself is a picture without printed numbers, so its counts are not in our data. The report reads it this way: Beijing has the most papers on applications and on data, Singapore on the model of a smart city, and New York is relatively strong on data.',
      zh: '该图本身是图片，没有印出数字，因此其计数不在我们的数据中。报告对其解读为：北京在应用和数据两类论文上最多，新加坡在智慧城市模式类上最多，纽约在数据类上相对占优。',
    },
    places: [at('2.6', 797, 'Figure 2-1', { figure: '2-1' }), at('2.6', 801, 'three-pronged')],
  },
  {
    id: 'governance-over-technology',
    topic: 'conclusion',
    title: { en: 'Governance matters more than technology', zh: '治理比技术更关键' },
    text: {
      en: "After ten years of following smart cities, the authors conclude that a city's basic problems are rarely solved by technology alone; how the city is governed decides more, and new technology pays off only when policy changes go with it.",
      zh: '经过十年跟踪研究，作者认为城市的根本问题很少单靠技术解决；城市如何治理更具决定性，新技术只有配合政策调整才能发挥最大作用。',
    },
    places: [at('summary', 96, 'governance')],
  },
  {
    id: 'three-tiers-found',
    topic: 'conclusion',
    title: { en: 'Three groups of cities', zh: '城市分为三组' },
    text: {
      en: 'London, New York and Singapore lead and are strong on almost every pillar; thirteen cities are advanced; four follow. Each pillar has its own benchmark city.',
      zh: '伦敦、纽约和新加坡处于引领地位，几乎在每个分项上都很强；十三个城市属于先进层级；四个城市为跟随者。每个分项都有各自的标杆城市。',
    },
    places: [
      at('1.4', 285, 'London, New York and Singapore'),
      at('3', 809, 'leading, advanced and following'),
    ],
  },
  {
    id: 'developing-cities-in-service',
    topic: 'conclusion',
    title: {
      en: 'Developing-economy cities lead in digital services',
      zh: '发展中经济体城市在数字服务上领先',
    },
    text: {
      en: 'Shanghai, Beijing and Dubai, all in developing economies, hold the top three places in smart service, ahead of many richer cities whose online education in particular lags.',
      zh: '上海、北京和迪拜均属发展中经济体，却包揽智慧服务前三名，领先于许多更富裕的城市，后者尤其在在线教育上落后。',
    },
    places: [at('2.3', 471, 'developing countries', { table: '2-3' })],
  },
  {
    id: 'practice-versus-attention',
    topic: 'conclusion',
    title: { en: 'Practice and academic attention differ', zh: '建设实践与学术关注存在差异' },
    text: {
      en: 'Comparing the measured ranking with the count of papers shows a gap between what cities build and how much researchers write about them: Rio de Janeiro is studied far more than its rank suggests, Los Angeles far less.',
      zh: '将测算排名与论文数量对比可见，城市的建设实践与学术关注之间存在落差：里约热内卢受到的研究远多于其排名所示，洛杉矶则远少于此。',
    },
    places: [at('2.6', 793, 'Rio de Janeiro', { table: '2-6' }), at('3', 811, 'academic reputation')],
  },
  {
    id: 'people-first',
    topic: 'recommendation',
    title: { en: 'Put residents at the centre', zh: '以居民为中心' },
    text: {
      en: 'A smarter city comes from serving its residents and bringing government, business, communities and citizens into its decisions, not from technology on its own.',
      zh: '更智慧的城市来自服务居民，并让政府、企业、社区和市民共同参与决策，而不是单靠技术。',
    },
    places: [at('summary', 96, 'stakeholders')],
  },
  {
    id: 'benchmarks-for-sdgs',
    topic: 'recommendation',
    title: { en: 'Use the leaders as benchmarks', zh: '以领先城市为标杆' },
    text: {
      en: 'The twenty cities are offered as benchmarks on the five pillars for other cities, and smart-city building is presented as a route towards the UN 2030 Sustainable Development Goals.',
      zh: '这二十个城市被作为其他城市在五个分项上的标杆，智慧城市建设被视为实现联合国2030年可持续发展目标的途径。',
    },
    places: [at('3', 805, '2030'), at('summary', 94, 'SDG 2030')],
  },
  {
    id: 'keep-indicators-current',
    topic: 'recommendation',
    title: { en: 'Keep the measures up to date', zh: '保持指标与时俱进' },
    text: {
      en: 'Because digital technology moves fast (from 4G to 5G, for instance), the authors plan to keep revising the indicators, and they added service, governance and innovation measures to reflect people-centred and innovation-led cities.',
      zh: '由于数字技术发展迅速（例如从4G到5G），作者计划持续更新指标，并新增服务、治理和创新方面的指标，以体现以人为本和创新驱动的城市。',
    },
    places: [at('2.1', 335, '5G'), at('summary', 100, 'smart service')],
  },
];
