export {
  loadDataset,
  loadDatasetInputSchema,
  editionOptionsSchema,
  type LoadDatasetInput,
} from './load-dataset.ts';
export { loadCoinr, loadCoinrInputSchema, type LoadCoinrInput } from './load-coinr.ts';
export { detectFormat, dataFormatSchema, type DataFormat } from './detect-format.ts';
export {
  describeProblem,
  problemSchema,
  problemCodeSchema,
  type Problem,
  type ProblemCode,
} from './problem.ts';
export { loadSourceSchema, type LoadSource } from './source.ts';
export type { LoadResult } from './load-result.ts';
export type { EditionOptions } from './assemble.ts';
export {
  describeColumn,
  columnLines,
  columnReportSchema,
  columnRoleSchema,
  columnReasonSchema,
  type ColumnReport,
  type ColumnRole,
  type ColumnReason,
} from './column-role.ts';
