import { printedReputation, reputation } from '@smartcities/core/engine';
import { edition2020 } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { outputArgs } from '../flags/common-args.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags } from '../scoring.ts';
import { reputationView } from '../views/reputation-view.ts';

export const examples = [
  'smartcities reputation',
  'smartcities reputation --format json',
  'smartcities reputation --aggregation geometric',
];

export default defineCommand({
  meta: {
    name: 'reputation',
    description:
      'Table 2-6 recomputed: papers per city, reputation and smart city ranks, and their rank correlation',
  },
  args: { ...scenarioArgs, ...outputArgs },
  async run({ args }) {
    const format = formatFlag(args.format);
    const { dataset, result } = await scoreWithFlags(edition2020.dataset, args);
    const names = new Map(dataset.units.map((u) => [u.id, u.name]));
    const { published } = printedReputation(result, edition2020);
    const rep = reputation(edition2020.papers, result);
    await emit(reputationView(rep, names, result.provenance, published), {
      format,
      out: args.out,
    });
  },
});
