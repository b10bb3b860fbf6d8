import { edition2020 } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { outputArgs } from '../flags/common-args.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags } from '../scoring.ts';
import { frameworkView } from '../views/framework-view.ts';

export const examples = [
  'smartcities framework',
  'smartcities framework --weights infrastructure=2 --exclude data-center',
  'smartcities framework --format json',
];

/** The reference indices of the edition (in the report, never in the total). */
function referenceNotes(): string[] {
  return edition2020.pillars
    .filter((p) => !p.inTotal)
    .map((p) => `${p.name} (${p.id}) is a reference index, not part of the total: ${p.description}`);
}

export default defineCommand({
  meta: {
    name: 'framework',
    description:
      'Pillars and indicators with their weights, effective weights in the index, directions and sources',
  },
  args: { ...scenarioArgs, ...outputArgs },
  async run({ args }) {
    const format = formatFlag(args.format);
    const { result } = await scoreWithFlags(edition2020.dataset, args);
    await emit(frameworkView(result, referenceNotes()), { format, out: args.out });
  },
});
