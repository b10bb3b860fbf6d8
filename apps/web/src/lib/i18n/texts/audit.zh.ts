import type { auditEn } from './audit.en';

/** Chinese interface text of the statistical audit page: one entry per English key. */
export const auditZh: Record<keyof typeof auditEn, string> = {
  'audit.heading': '统计审计',
  'audit.lead':
    '参照欧盟联合研究中心（JRC）审计综合指数的做法检查本指数：数据、结构、排名的稳健性，以及每个城市的长处与短板。',
  'audit.settings': '蒙特卡罗模拟 {runs} 次；Sobol 样本 {samples} 个；权重扰动 ±{noise}%；随机种子 {seed}。',
  'audit.report': '下载报告（HTML，可离线打开）',
  'audit.reportEn': '英文',
  'audit.reportZh': '中文',
  'audit.upload': '审计你自己的数据',
  'audit.uploadLead':
    '上传我们格式或 COINr 格式的 CSV、JSON 或 XLSX 文件；审计在你的浏览器中完成，文件不会发送到任何地方。',
  'audit.run': '审计该文件',
  'audit.running': '正在审计…',
  'audit.yours': '你的文件的审计结果',
  'audit.downloadYours': '下载此审计（HTML）',
  'audit.lookFor': '需要关注',
  'audit.data': '数据',
  'audit.dataLook':
    '留意数据可得率偏低（约低于 65%）的单元或指标、插补单元格较多的情况，以及处理后偏度和峰度仍然很高的指标。',
  'audit.dataSummary':
    '插补 {imputed} 个单元格，处理 {treated} 个，剔除 {screened} 个单元；{low} 个指标存在缺失。',
  'audit.structure': '结构',
  'audit.structureLook':
    '留意支柱内部为负或接近零的相关、与所属支柱相关较弱的指标、低于 0.7 的 Cronbach α、第一主成分解释比例偏低，以及与名义权重相差很大的有效权重。',
  'audit.heatmap': '指标、支柱与总指数之间的 Pearson 相关',
  'audit.pillar': '支柱',
  'audit.alpha': 'Cronbach α',
  'audit.pc1': '第一主成分解释的方差',
  'audit.minR': '支柱内最低相关',
  'audit.robustness': '稳健性',
  'audit.robustnessLook':
    '留意较宽的排名区间、明显低于 1 的梯队概率、总 Sobol 指数较大的输入，以及移除后使大量排名变动的指标或支柱。',
  'audit.sobol': '排名变动的 Sobol 指数：一阶（圆点）与总效应（条形），附 95% 自助法区间',
  'audit.removeOne': '移除单个指标或支柱时的平均绝对排名变动',
  'audit.rank': '排名',
  'audit.interval': '90% 区间',
  'audit.units': '优势与短板',
  'audit.unitsLook': '留意排名主要依赖一两个强项指标的单元，以及在同一支柱内反复出现的短板。',
  'audit.best': '最强指标（排名）',
  'audit.worst': '最弱指标（排名）',
};
