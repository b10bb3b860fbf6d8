import type { dataEn } from './data.en';

/**
 * Chinese interface text of the data page: downloads, the upload format guide and column roles:
 * one entry per English key.
 */
export const dataZh: Record<keyof typeof dataEn, string> = {
  'data.heading': '数据',
  'data.downloads': '下载',
  'data.export': '完整数据集及计算结果（指标值、原报告表格、勘误、得分、排名、层级）',
  'data.rankings': '排名（各维度得分与排名）',
  'data.indicators': '报告印刷的指标数值',
  'data.byod': '为自己的数据评分',
  'data.byodLead': '上传本项目格式或COINr格式的CSV、JSON或XLSX文件；评分在浏览器中完成，文件不会上传。',
  'data.file': '数据文件',
  'data.score': '为文件评分',
  'data.problems': '文件有{count}个问题：',
  'data.fileCol': '文件',
  'data.message': '问题',
  'data.api': '通过API获取相同的数字',
  'data.scoring': '正在评分…',
  'data.row': '行',
  'data.column': '列',
  'data.result': '您的数据的排名',
  'data.warnings': '警告',
  'data.problem1': '文件有1个问题：',
  'guide.title': '如何准备数据文件',
  'guide.template': '可从模板开始——以本页可读取的格式整理的2020年数据：',
  'guide.unitsCsv': '城市表（CSV）',
  'guide.frameworkCsv': '框架表（CSV）',
  'guide.units': '城市表：每个城市一行，包含 id 和 name 列（group 列可选），其后每个指标一列。',
  'guide.framework':
    '框架表：每个节点一行，包含 id、parent、type（indicator 或 aggregate）、weight 和 direction（越大越好为1，越小越好为-1）；没有 parent 的那个 aggregate 即总指数。',
  'guide.values': '数值为普通数字；缺失的值请留空。',
  'guide.other':
    '有框架表时，只对框架中的指标计分。没有框架表时，每个未被单独保留的数值列都作为权重为1的指标。',
  'guide.coinr': '也可读取 COINr 工作簿（含 iData 和 iMeta 工作表）或包含相同表格的单个 JSON 文件。',
  'guide.roles':
    '非指标列会被识别出来并单独保留，绝不计分：依据框架（框架未列出的任何列，或类型为 group、coordinate、code、meta 的行）、列名前缀（Group_ 表示分组，x_ 或 Den_ 表示其他数据），或常见列名（lat、lon、iso3、country、region、year、population 等）。计分后，页面会列出被计分的列，以及其余各列未计分的原因。',
  'guide.exports':
    '本页的每个数据集下载（导出的 CSV、JSON 或 XLSX）和模板都可原样上传。排名下载只含计算所得的分数，上传时会被拒绝并附说明。',
  'cols.scored': '作为指标计分（{count} 列）：',
  'cols.caption': '未计分的列：随各单位保留，不参与计分',
  'cols.role': '识别为',
  'cols.why': '原因',
  'cols.role.id': '单位编号',
  'cols.role.name': '单位名称',
  'cols.role.indicator': '指标',
  'cols.role.group': '分组（可用于组均值插补）',
  'cols.role.coordinate': '坐标',
  'cols.role.code': '代码',
  'cols.role.meta': '其他数据',
  'cols.role.result': '计算结果（不读取）',
  'cols.reason.layout': '格式本身规定的列',
  'cols.reason.framework': '框架将其列为指标',
  'cols.reason.aggregate': '框架将其列为汇总项，其得分由计算得出，不读取',
  'cols.reason.declared': '已声明：框架或 iMeta 中的行，或 Group_、Den_、x_ 前缀',
  'cols.reason.known-name': '常见列名',
  'cols.reason.not-in-framework': '框架未列出此列',
  'cols.reason.text': '没有任何单元格是数字',
  'cols.reason.numeric': '数值列，且未声明为其他用途',
  'cols.reason.export': '本站导出文件中的计算列',
};
