import { indicatorProfile, unknownName } from '@smartcities/core/engine';
import { edition2020 } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { CLIError } from '../cli-error.ts';
import { outputArgs } from '../flags/common-args.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags } from '../scoring.ts';
import { indicatorView } from '../views/indicator-view.ts';

export const examples = [
  'smartcities indicator data-center',
  'smartcities indicator university-strength --format json',
  'smartcities indicator open-data --aggregation geometric --format csv',
];

export default defineCommand({
  meta: {
    name: 'indicator',
    description:
      "An indicator: the report's definition, sources and caveats (with their places), weights, the ranking, median and correlations with its pillar and the index",
  },
  args: {
    id: { type: 'positional', required: true, description: 'Indicator id, e.g. data-center, open-data' },
    ...scenarioArgs,
    ...outputArgs,
  },
  async run({ args }) {
    const format = formatFlag(args.format);
    const { dataset, result } = await scoreWithFlags(edition2020.dataset, args);
    const ids = edition2020.indicators.map((i) => i.id) as string[];
    if (!ids.includes(args.id)) throw new CLIError(unknownName('indicator', args.id, ids), 2);
    const note = edition2020.report.indicatorNotes.find((n) => n.id === args.id);
    const profile = indicatorProfile(result, dataset, args.id, note)!;
    await emit(indicatorView(profile, result.provenance), { format, out: args.out });
  },
});
