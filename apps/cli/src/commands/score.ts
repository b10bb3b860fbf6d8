import { offScale, rankingRows, topWithTies } from '@smartcities/core/engine';
import { defineCommand } from 'citty';
import { outputArgs } from '../flags/common-args.ts';
import { numberFlag } from '../flags/number-flag.ts';
import { loadUserData } from '../load-user-data.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags } from '../scoring.ts';
import { offScaleWarning } from '../views/off-scale-warning.ts';
import { rankingView } from '../views/ranking-view.ts';

export const examples = [
  'smartcities score --data units.csv --framework framework.csv',
  'smartcities score --data my-index.xlsx --format json --out results.json',
  'smartcities score --idata iData.csv --imeta iMeta.csv --aggregation geometric',
  'smartcities score --idata data.xlsx --imeta data.xlsx --time 2020 --format csv',
];

export default defineCommand({
  meta: {
    name: 'score',
    description:
      "Score your own data (CSV, JSON or XLSX; our layout or COINr's iData/iMeta) with any scenario",
  },
  args: {
    data: {
      type: 'string',
      valueHint: 'FILE',
      description: 'Units file in our layout: id, name, group, one column per indicator (CSV, JSON or XLSX)',
    },
    framework: {
      type: 'string',
      valueHint: 'FILE',
      description:
        'Framework file: id, name, type, parent, weight, direction (default: built from the columns)',
    },
    idata: {
      type: 'string',
      valueHint: 'FILE',
      description: "COINr's iData table (uCode, uName, Group_*, Time, one column per indicator)",
    },
    imeta: {
      type: 'string',
      valueHint: 'FILE',
      description: "COINr's iMeta table (iCode, iName, Level, Parent, Direction, Weight, Type)",
    },
    time: { type: 'string', valueHint: 'T', description: 'COINr time point to score (default: the latest)' },
    top: {
      type: 'string',
      valueHint: 'N',
      description: 'Show only the first N rows, and any city tied with the N-th',
    },
    ...scenarioArgs,
    ...outputArgs,
  },
  async run({ args }) {
    const format = formatFlag(args.format);
    const top = numberFlag(args.top, '--top', { min: 1, integer: true });
    const { dataset, warnings } = await loadUserData(args);
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    const { result } = await scoreWithFlags(dataset, args);
    const off = offScale(result, dataset);
    const isDefault = args.normalisation === undefined && args.scenario === undefined;
    if (off) process.stderr.write(`${offScaleWarning(off, isDefault)}\n`);
    const rows = topWithTies(rankingRows(result, dataset), top);
    const root = result.tree.nodes.get(result.tree.root)!;
    await emit(rankingView(result, rows, root.id, `${root.name}: ranking`), { format, out: args.out });
  },
});
