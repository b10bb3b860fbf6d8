import type { IndicatorId } from './ids.ts';

/** What each indicator measures, written in Chinese in our own words (the English is `measures`). */
export const measuresZh: Readonly<Record<IndicatorId, string>> = {
  'mobile-phone': '移动电话签约数与人口之比。',
  'next-generation-network': '使用4G网络的移动用户所占比例。',
  'export-bandwidth': '人均可用的国际互联网带宽。',
  'data-center': '每百万人拥有的安全互联网服务器数量，按所在国家整体统计。',
  'interactive-design': '总部设在本市的头部广告、工程与设计公司有多少。',
  'software-development': '发展软件业的条件：营商与法律环境、市场规模、人才储备和网络连通。',
  'digital-applications': '城市对信息技术落地应用的支撑：技能、风险投资、设施与生活品质。',
  'ict-industry-level': '主要信息通信技术咨询企业和运营企业在本市的布局情况。',
  'online-healthcare': '居民通过网络预约挂号、获取医疗服务的便利程度。',
  'convenient-transportation': '公共交通的运行表现：通勤时长、拥堵状况和出租车费用。',
  'online-education': '居民通过互联网接受教育和职业培训的机会。',
  'online-employment': '居民借助网络求职、使用就业服务的便利程度。',
  'open-data': '政府数据开放的程度：政策、覆盖面、获取难易和实际利用。',
  'public-safety': '居民的安全感，以及公共空间数字化监控的水平。',
  'public-participation': '居民在网上联系市政府、影响公共决策的难易程度。',
  'social-inclusion': '不同社会群体之间数字鸿沟的大小，差距越小得分越高。',
  sustainability: '环境表现，包括绿地、污染、清洁水源、清洁能源和应对气候变化的行动。',
  'university-strength': '本市进入QS世界大学排名的高校数量及其名次。',
  'research-development': '科学研究与技术开发的能力和产出。',
  'innovation-entrepreneurship': '创办并培育创新型企业的能力。',
  'human-skills': '熟练技术人才的供给与可得性。',
};

/** A case study's title, summary and key-figure labels in Chinese, in our own words. */
export interface CaseStudyZh {
  title: string;
  summary: string;
  /** One label per key figure, in the same order as the English ones. */
  keyFigures: readonly string[];
}

/** The five case studies in Chinese, by case-study id. */
export const caseStudiesZh: Readonly<Record<string, CaseStudyZh>> = {
  'hong-kong-digital-infrastructure': {
    title: '香港：一流的数字基础设施',
    summary:
      '香港在智慧基础设施榜上居首。2017年发布的智慧城市蓝图以密集的海底光缆和卫星线路为依托；四家移动运营商相互竞争，压低了资费；住宅和写字楼几乎全部接通宽带；政府还允许工业楼宇和土地以较低成本改作数据中心，主动吸引数据中心落户。',
    keyFigures: [
      '智慧基础设施得分（表2-1，第1名）',
      '智慧城市蓝图发布时间',
      '移动电话普及率（2020年1月）',
      '移动数据用户数',
      '接入宽带的住户比例',
      '固定宽带平均下载速率',
      '将军澳预留给高端数据中心的用地',
    ],
  },
  'shanghai-digital-industry': {
    title: '上海：数字产业的新生力量',
    summary:
      '上海在信息通信产业指标上表现突出，背后是三股产业力量：张江的芯片与集成电路集群；面向本地大型国有制造企业、推动生产自动化的人工智能；以及扎根于人口稠密、收入较高的本地市场，再向长三角扩展的生活服务平台。',
    keyFigures: [
      '信息通信产业水平（表2-2，仅次于纽约）',
      '智慧经济得分（表2-2，第4名）',
      '重点介绍的产业集群数',
    ],
  },
  'paris-smart-transport': {
    title: '巴黎：智能公共交通',
    summary:
      '巴黎在便捷交通指标上得分最高。案例介绍了初创公司Snips与法国国家铁路公司于2013年合作推出的应用Tranquilien：它综合开放数据、日历和天气等信息，最多可提前一周预测每列郊区列车的拥挤程度，方便乘客选择较空的车次；上线几天就吸引了大批用户，并获得法国全国开放数据奖。',
    keyFigures: [
      '便捷交通得分（表2-3，第1名）',
      '应用发布时间',
      '正式发布前的测试用户数',
      '首日用户数',
      '上线时可用的潜在iPhone用户数',
      '预测模型整合的数据源数量（以上）',
    ],
  },
  'seoul-open-data-plaza': {
    title: '首尔：开放数据广场',
    summary:
      '首尔在开放数据指标上领先。依据“智慧首尔2015”规划，首尔于2012年开通公共数据门户，把市政府的信息系统和数据库汇集为十大类，供开发者和研究人员使用，2013年又有全国性的开放数据法律作为保障；如今门户提供数千个数据集（包括实时传感器数据），并催生了数千款应用。',
    keyFigures: [
      '开放数据得分（表2-4，第1名）',
      '开放数据广场开通时间',
      '整合的公共信息系统数',
      '整合的数据库数',
      '可用数据集数量（以上）',
      '基于这些数据开发的应用数量（以上）',
      '2019年宣布、至2022年的智慧城市投资',
    ],
  },
  'london-fintech-innovation': {
    title: '伦敦：金融与科技的交汇点',
    summary:
      '伦敦在智慧创新榜上排名第一。案例认为，欧洲规模最大的人才储备让伦敦成为欧洲的金融科技中心：金融科技岗位和初创企业融资快速增长，大型科技公司在当地设立大规模工程团队，“硅环岛”等创业街区不断孵化新公司，TechHub也从伦敦起步，发展成国际性的创业网络。',
    keyFigures: [
      '智慧创新得分（表2-5，第1名）',
      '2018年金融科技岗位增幅',
      '伦敦的软件开发人员数',
      '总部在伦敦的金融科技独角兽（全球共29家）',
      '2018年伦敦科技初创企业融资额',
      '2016年N1邮区新注册公司数（2015年为8400家）',
      'TechHub服务的企业数量（以上）',
    ],
  },
};
