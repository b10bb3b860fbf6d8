import { verify } from '@smartcities/core/engine';
import { edition2020, printedAliases } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { CLIError } from '../cli-error.ts';
import { outputArgs } from '../flags/common-args.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { verifyView } from '../views/verify-view.ts';

export const examples = [
  'smartcities verify',
  'smartcities verify --errata',
  'smartcities verify --format json --out verification.json',
  'smartcities verify --format csv',
];

export default defineCommand({
  meta: {
    name: 'verify',
    description:
      'Recompute every printed number and give it a status (exact, within input rounding, erratum, failed); exit 1 when any fails',
  },
  args: {
    errata: {
      type: 'boolean',
      description: 'Also list the errata: what was printed, what is right, and the evidence',
    },
    ...outputArgs,
  },
  async run({ args }) {
    const format = formatFlag(args.format);
    const report = verify({ ...edition2020, aliases: printedAliases });
    await emit(verifyView(report, args.errata ? edition2020.errata : undefined), { format, out: args.out });
    const failed = report.summary.failed + report.other.summary.failed;
    if (failed > 0)
      throw new CLIError(
        `verify: ${failed} printed cells are not reproduced, not within input rounding and no erratum explains them`,
        1,
      );
  },
});
