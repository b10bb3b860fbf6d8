/**
 * Chinese names of the 2020 indicators (the data package carries Chinese names for cities and
 * pillars only); an indicator missing here falls back to its English name.
 */
export const indicatorNamesZh: Readonly<Record<string, string>> = {
  'mobile-phone': '移动电话',
  'next-generation-network': '新一代移动通信网络',
  'export-bandwidth': '出口带宽',
  'data-center': '数据中心',
  'interactive-design': '交互设计',
  'software-development': '软件开发',
  'digital-applications': '数字应用',
  'ict-industry-level': '信息通信产业水平',
  'online-healthcare': '在线医疗',
  'convenient-transportation': '便捷交通',
  'online-education': '在线教育',
  'online-employment': '在线就业',
  'open-data': '数据开放',
  'public-safety': '公共安全',
  'public-participation': '公众参与',
  'social-inclusion': '社会包容',
  sustainability: '可持续发展',
  'university-strength': '高校实力',
  'research-development': '科技研发',
  'innovation-entrepreneurship': '创新创业',
  'human-skills': '人力技能',
};
