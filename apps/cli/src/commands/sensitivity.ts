import { parseSensitivitySpec, runSensitivity } from '@smartcities/core/analysis';
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
import { sensitivityView } from '../views/sensitivity-view.ts';

export const examples = [
  'smartcities sensitivity --weight-noise 0.25 --vary aggregation=arithmetic,geometric',
  'smartcities sensitivity --samples 4096 --seed 3 --weight-noise 0.25 --indicator-weight-noise 0.25 --drop-one',
  'smartcities sensitivity --samples 256 --bootstrap 0 --vary normalisation=as-published,min-max --format json',
];

export default defineCommand({
  meta: {
    name: 'sensitivity',
    description:
      'Variance-based sensitivity: which uncertain inputs move the ranking (Sobol first-order and total indices)',
  },
  args: {
    samples: {
      type: 'string',
      valueHint: 'N',
      description: 'Base samples (default 1024); the model runs N·(inputs + 2) times',
    },
    bootstrap: {
      type: 'string',
      valueHint: 'N',
      description: 'Bootstrap resamples for the intervals (default 200; 0 for none)',
    },
    confidence: {
      type: 'string',
      valueHint: 'C',
      description: 'Confidence level of the intervals (default 0.95)',
    },
    ...factorArgs,
    ...scenarioArgs,
    ...outputArgs,
  },
  async run({ args, rawArgs }) {
    const format = formatFlag(args.format);
    const numbers = {
      samples: numberFlag(args.samples, '--samples'),
      bootstrap: numberFlag(args.bootstrap, '--bootstrap'),
      confidence: numberFlag(args.confidence, '--confidence'),
    };
    const given = Object.fromEntries(Object.entries(numbers).filter(([, v]) => v !== undefined));
    const spec = parseSensitivitySpec({ ...factorsInput(args, rawArgs), ...given });
    if (!spec.ok) throw new CLIError(specIssuesMessage('sensitivity', spec.issues), 2);
    const { dataset, scenario } = await scoreWithFlags(edition2020.dataset, args);
    const progress = progressBar('sensitivity');
    const result = runSensitivity(dataset, scenario, spec.spec, progress);
    progress.end();
    await emit(sensitivityView(result), { format, out: args.out });
  },
});
