import {
  printedLeaders,
  printedOption,
  printedReputation,
  profile,
  reputation,
} from '@smartcities/core/engine';
import { edition2020 } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { cityArg } from '../flags/city-arg.ts';
import { outputArgs } from '../flags/common-args.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags } from '../scoring.ts';
import { nodeOrder } from '../views/node-order.ts';
import { profileView } from '../views/profile-view.ts';

export const examples = [
  'smartcities city london',
  'smartcities city shanghai --format json',
  'smartcities city hong-kong --aggregation geometric',
  'smartcities city paris --format csv --out paris.csv',
];

export default defineCommand({
  meta: {
    name: 'city',
    description:
      'A city profile: scores, ranks and tier, indicators against the median, strengths, weaknesses, reputation, case study',
  },
  args: {
    id: {
      type: 'positional',
      required: true,
      description: 'City id, English or Chinese name, e.g. london, "hong kong", Bombay',
    },
    ...scenarioArgs,
    ...outputArgs,
  },
  async run({ args }) {
    const format = formatFlag(args.format);
    const { dataset, result } = await scoreWithFlags(edition2020.dataset, args);
    const city = cityArg(args.id, result);
    const view = profileView(profile(result, dataset, city)!, {
      provenance: result.provenance,
      order: nodeOrder(result),
      units: result.unitIds.length,
      reputation: reputation(edition2020.papers, result).rows.find((row) => row.city === city),
      caseStudies: edition2020.caseStudies.filter((study) => study.city === city),
      printed: printedOption(result, edition2020).published?.[city],
      leaders: printedLeaders(printedOption(result, edition2020).published ?? {}),
      printedReputation: printedReputation(result, edition2020).published?.[city],
    });
    await emit(view, { format, out: args.out });
  },
});
