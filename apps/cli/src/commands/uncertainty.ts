import { parseUncertaintySpec, runUncertainty } from '@smartcities/core/analysis';
import { edition2020 } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { CLIError } from '../cli-error.ts';
import { outputArgs } from '../flags/common-args.ts';
import { factorArgs, factorsInput, specIssuesMessage } from '../flags/factor-flags.ts';
import { numberFlag } from '../flags/number-flag.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { progressBar } from '../output/progress-bar.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags } from '../scoring.ts';
import { uncertaintyView } from '../views/uncertainty-view.ts';

export const examples = [
  'smartcities uncertainty --weight-noise 0.25',
  'smartcities uncertainty --runs 10000 --seed 7 --weight-noise 0.25 --vary aggregation=arithmetic,geometric',
  'smartcities uncertainty --drop-one --indicator-weight-noise 0.5 --vary normalisation=as-published,min-max --format json',
  'smartcities uncertainty --weight-noise 0.2 --aggregation geometric --format csv --out intervals.csv',
];

export default defineCommand({
  meta: {
    name: 'uncertainty',
    description:
      'Monte Carlo uncertainty: rank intervals and tier probabilities when weights, methods or indicators vary',
  },
  args: {
    runs: { type: 'string', valueHint: 'N', description: 'Number of runs (default 1000)' },
    ...factorArgs,
    ...scenarioArgs,
    ...outputArgs,
  },
  async run({ args, rawArgs }) {
    const format = formatFlag(args.format);
    const runs = numberFlag(args.runs, '--runs');
    const spec = parseUncertaintySpec({
      ...factorsInput(args, rawArgs),
      ...(runs !== undefined && { runs }),
    });
    if (!spec.ok) throw new CLIError(specIssuesMessage('uncertainty', spec.issues), 2);
    const { dataset, scenario } = await scoreWithFlags(edition2020.dataset, args);
    const progress = progressBar('uncertainty');
    const result = runUncertainty(dataset, scenario, spec.spec, progress);
    progress.end();
    const names = new Map(dataset.units.map((u) => [u.id, u.name]));
    await emit(uncertaintyView(result, names), { format, out: args.out });
  },
});
