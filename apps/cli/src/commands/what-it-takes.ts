import { tierNames, unknownName, type TierName } from '@smartcities/core/engine';
import { whatItTakes, type Target } from '@smartcities/core/analysis';
import { edition2020 } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { CLIError } from '../cli-error.ts';
import { cityArg } from '../flags/city-arg.ts';
import { outputArgs } from '../flags/common-args.ts';
import { numberFlag } from '../flags/number-flag.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags } from '../scoring.ts';
import { whatItTakesView } from '../views/what-it-takes-view.ts';

export const examples = [
  'smartcities what-it-takes berlin --tier leading',
  'smartcities what-it-takes toronto --rank 10',
  'smartcities what-it-takes mumbai --tier advanced --aggregation geometric --format json',
];

const isTier = (name: string): name is TierName => (tierNames as readonly string[]).includes(name);

/** The target from `--rank R` or `--tier T`, exactly one of them. */
function targetOf(rank: string | undefined, tier: string | undefined): Target {
  if ((rank === undefined) === (tier === undefined))
    throw new CLIError('what-it-takes: give exactly one target, --rank R or --tier T', 2);
  if (rank !== undefined) return { rank: numberFlag(rank, '--rank', { min: 1, integer: true })! };
  if (!isTier(tier!)) throw new CLIError(`--tier: ${unknownName('tier', tier!, tierNames)}`, 2);
  return { tier: tier! };
}

export default defineCommand({
  meta: {
    name: 'what-it-takes',
    description:
      'The smallest indicator improvements that bring a city to a rank or tier, each alone and combined',
  },
  args: {
    id: { type: 'positional', required: true, description: 'City id, English or Chinese name, e.g. berlin' },
    rank: { type: 'string', valueHint: 'R', description: 'Target rank (or better)' },
    tier: {
      type: 'string',
      valueHint: 'T',
      description: 'Target tier (or better): leading, advanced or following',
    },
    ...scenarioArgs,
    ...outputArgs,
  },
  async run({ args }) {
    const format = formatFlag(args.format);
    const target = targetOf(args.rank, args.tier);
    const { dataset, scenario, result } = await scoreWithFlags(edition2020.dataset, args);
    const city = cityArg(args.id, result);
    const answer = whatItTakes(dataset, scenario, city, target);
    if (!answer.ok)
      throw new CLIError(
        answer.issues
          .map(
            (i) =>
              `${i.path === 'target.rank' ? '--rank' : i.path === 'target.tier' ? '--tier' : i.path}: ${i.message}`,
          )
          .join('\n'),
        2,
      );
    const names = new Map(dataset.framework.map((n) => [n.id, n.name]));
    const cityName = dataset.units.find((u) => u.id === city)?.name ?? city;
    await emit(whatItTakesView(answer, cityName, names, result.provenance), { format, out: args.out });
  },
});
