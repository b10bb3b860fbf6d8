import { printedOption, profile } from '@smartcities/core/engine';
import { edition2020 } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { CLIError } from '../cli-error.ts';
import { cityArg } from '../flags/city-arg.ts';
import { outputArgs } from '../flags/common-args.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags } from '../scoring.ts';
import { compareView } from '../views/compare-view.ts';
import { nodeOrder } from '../views/node-order.ts';

export const examples = [
  'smartcities compare london new-york',
  'smartcities compare shanghai beijing hong-kong --format csv',
  'smartcities compare paris berlin --aggregation geometric --format json',
];

/** compare takes any number of cities. */
export const variadic = true;

export default defineCommand({
  meta: {
    name: 'compare',
    description: 'Two or more cities side by side: index, pillar and indicator scores and ranks',
  },
  args: {
    ids: {
      type: 'positional',
      required: true,
      description: 'Two or more cities (id, name or Chinese name), e.g. london "new york"',
      valueHint: 'ID ID [ID…]',
    },
    ...scenarioArgs,
    ...outputArgs,
  },
  async run({ args }) {
    const format = formatFlag(args.format);
    const ids = args._.map(String);
    if (ids.length < 2)
      throw new CLIError(
        'compare: expected two or more city ids, e.g. "smartcities compare london new-york"',
        2,
      );
    const { dataset, result } = await scoreWithFlags(edition2020.dataset, args);
    const cities = ids.map((id) => cityArg(id, result));
    const repeated = ids.find((_, k) => cities.indexOf(cities[k]!) !== k);
    if (repeated) throw new CLIError(`compare: "${repeated}" is given twice`, 2);
    const profiles = cities.map((city) => profile(result, dataset, city)!);
    const printed = { root: result.tree.root, ...printedOption(result, edition2020) };
    await emit(compareView(profiles, nodeOrder(result), result.provenance, printed), {
      format,
      out: args.out,
    });
  },
});
