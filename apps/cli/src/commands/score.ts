import { levelRows, offScale, topWithTies } from '@smartcities/core/engine';
import { toXlsx } from '@smartcities/data/write';
import { CLIError } from '../cli-error.ts';
import { defineCommand } from 'citty';
import { outputArgs } from '../flags/common-args.ts';
import { numberFlag } from '../flags/number-flag.ts';
import { dataArgs } from '../flags/data-args.ts';
import { editionArg, loadDataOrEdition } from '../load-user-data.ts';
import { emit, formatFlag, writeOutput } from '../output/emit.ts';
import { stdoutIsTTY } from '../output/stdout.ts';
import { tableRecords } from '../output/view.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags } from '../scoring.ts';
import { offScaleWarning } from '../views/off-scale-warning.ts';
import { treatmentTable } from '../views/data-steps-view.ts';
import { levelTable, levelView } from '../views/level-view.ts';

const scoreFormats = ['table', 'json', 'csv', 'xlsx'] as const;

export const examples = [
  'smartcities score --data units.csv --framework framework.csv',
  'smartcities score --data my-index.xlsx --format json --out results.json',
  'smartcities score --idata iData.csv --imeta iMeta.csv --aggregation geometric',
  'smartcities score --idata data.xlsx --imeta data.xlsx --time 2020 --format csv',
  'smartcities score --idata iData.csv --imeta iMeta.csv --impute mean --treat coinr --normalisation min-max',
  'smartcities score --data units.csv --format xlsx --out scores.xlsx',
  'smartcities score --edition 2020 --format json',
];

export default defineCommand({
  meta: {
    name: 'score',
    description:
      "Score your own data (CSV, JSON or XLSX; our layout or COINr's iData/iMeta) with any scenario",
  },
  args: {
    ...dataArgs,
    ...editionArg,
    top: {
      type: 'string',
      valueHint: 'N',
      description: 'Show only the first N rows, and any city tied with the N-th',
    },
    ...scenarioArgs,
    ...outputArgs,
    format: {
      type: 'string',
      description: 'Output format: table (the default), json, csv (every level, one row per unit) or xlsx',
      valueHint: 'table|json|csv|xlsx',
    },
  },
  async run({ args }) {
    const format = formatFlag(args.format, scoreFormats);
    if (format === 'xlsx' && !args.out && stdoutIsTTY())
      throw new CLIError('--format xlsx: give --out FILE (or pipe the output) to write a workbook', 2);
    const top = numberFlag(args.top, '--top', { min: 1, integer: true });
    const { dataset, warnings, columns } = await loadDataOrEdition(args, false);
    for (const line of columns) process.stderr.write(`columns: ${line}\n`);
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    const { result } = await scoreWithFlags(dataset, args);
    const off = offScale(result, dataset);
    const isDefault = args.normalisation === undefined && args.scenario === undefined;
    if (off) process.stderr.write(`${offScaleWarning(off, isDefault)}\n`);
    const rows = topWithTies(levelRows(result, dataset), top);
    const root = result.tree.nodes.get(result.tree.root)!;
    if (format === 'xlsx') return writeOutput(await toXlsx(workbook(result, rows)), args.out);
    await emit(levelView(result, rows, `${root.name}: ranking`), { format, out: args.out });
  },
});

/** The XLSX sheets: every level (`scores`), then what the data steps did (`treatment`, `cells`). */
function workbook(result: Parameters<typeof levelView>[0], rows: Parameters<typeof levelView>[1]) {
  const sheet = (name: string, t: Parameters<typeof tableRecords>[0]) => {
    const { records } = tableRecords(t);
    return { name, rows: records as Record<string, string | number | boolean | null>[] };
  };
  const sheets = [sheet('scores', levelTable(rows))];
  if (result.data) {
    sheets.push(sheet('treatment', treatmentTable(result.data.treatment)));
    const cells = [
      ...result.data.imputed.map((c) => ({
        unit: c.unit,
        indicator: c.indicator,
        how: 'imputed',
        from: null,
        value: c.value,
      })),
      ...result.data.treated.map((c) => ({
        unit: c.unit,
        indicator: c.indicator,
        how: c.how,
        from: c.from,
        value: c.value,
      })),
    ];
    sheets.push({ name: 'cells', rows: cells });
  }
  return sheets;
}
