import { stdoutIsTTY } from '../output/stdout.ts';
import { edition2020 } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { CLIError } from '../cli-error.ts';
import { outputArgs } from '../flags/common-args.ts';
import { exportDocument, exportSheets } from '@smartcities/core/engine';
import { toXlsx } from '@smartcities/data/write';
import { emit, formatFlag, writeOutput } from '../output/emit.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags } from '../scoring.ts';
import { exportView } from '../views/export-view.ts';

export const examples = [
  'smartcities export --out smartcities-2020.json',
  'smartcities export --format csv --out results.csv',
  'smartcities export --format xlsx --out smartcities-2020.xlsx',
  'smartcities export --format xlsx --aggregation geometric --out geometric.xlsx',
];

const exportFormats = ['json', 'csv', 'xlsx'] as const;

export default defineCommand({
  meta: {
    name: 'export',
    description: 'The dataset with computed results: values, printed tables, errata, scores, ranks and tiers',
  },
  args: {
    ...scenarioArgs,
    ...outputArgs,
    format: {
      type: 'string',
      description:
        'Output format: json (everything, the default), csv (one row per city) or xlsx (one sheet per table)',
      valueHint: 'json|csv|xlsx',
    },
  },
  async run({ args }) {
    const format = formatFlag(args.format, exportFormats);
    if (format === 'xlsx' && !args.out && stdoutIsTTY())
      throw new CLIError('--format xlsx: give --out FILE (or pipe the output) to write a workbook', 2);
    const { result } = await scoreWithFlags(edition2020.dataset, { ...args, format });
    const sheets = exportSheets(edition2020, result);
    if (format === 'xlsx') return writeOutput(await toXlsx(sheets), args.out);
    await emit(exportView(exportDocument(edition2020, result), sheets[0]!), { format, out: args.out });
  },
});
