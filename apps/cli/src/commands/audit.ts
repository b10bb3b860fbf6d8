import { parseAuditText } from '@smartcities/core/analysis';
import { defineCommand } from 'citty';
import { CLIError } from '../cli-error.ts';
import { outputArgs } from '../flags/common-args.ts';
import { dataArgs } from '../flags/data-args.ts';
import { editionArg, loadDataOrEdition } from '../load-user-data.ts';
import { emit, formatFlag, writeOutput } from '../output/emit.ts';
import { scenarioArgs, scenarioFromFlags, scoringIssuesMessage } from '../scenario-flags.ts';
import { auditView } from '../views/audit-view.ts';

export const examples = [
  'smartcities audit',
  'smartcities audit --format html --out audit.html',
  'smartcities audit --idata iData.csv --imeta iMeta.csv --impute mean --treat coinr --normalisation min-max --format json',
  'smartcities audit --runs 2000 --samples 512 --seed 7 --lang zh --format html --out audit-zh.html',
];

const auditFormats = ['table', 'json', 'html'] as const;

const workArgs = {
  runs: { type: 'string', valueHint: 'N', description: 'Monte Carlo runs (default 500)' },
  samples: { type: 'string', valueHint: 'N', description: 'Sobol base samples (default 128)' },
  bootstrap: {
    type: 'string',
    valueHint: 'N',
    description: 'Bootstrap resamples of the Sobol intervals (default 100)',
  },
  seed: {
    type: 'string',
    valueHint: 'SEED',
    description: 'Seed (default 1): the same seed gives the same audit',
  },
  noise: {
    type: 'string',
    valueHint: 'SHARE',
    description: 'Weight noise on pillars and indicators, ± share (default 0.25)',
  },
  lang: { type: 'string', valueHint: 'en|zh', description: 'Language of the HTML report (default en)' },
} as const;

/** The audit options from the flags, validated by core; a bad value names its flag. */
function optionsFrom(args: Partial<Record<keyof typeof workArgs, string>>) {
  const parsed = parseAuditText(args);
  if (parsed.ok) return parsed.options;
  throw new CLIError(parsed.issues.map((i) => `--${i.path}: ${i.message}`).join('\n'), 2);
}

export default defineCommand({
  meta: {
    name: 'audit',
    description:
      'A statistical audit of the index (the edition, or your data): data, structure, robustness, strengths and weaknesses',
  },
  args: {
    ...dataArgs,
    ...editionArg,
    ...workArgs,
    ...scenarioArgs,
    ...outputArgs,
    format: {
      type: 'string',
      description: 'Output format: table (the default), json, or html (a self-contained report with charts)',
      valueHint: 'table|json|html',
    },
  },
  async run({ args }) {
    const format = formatFlag(args.format, auditFormats);
    const lang = args.lang ?? 'en';
    if (lang !== 'en' && lang !== 'zh') throw new CLIError(`--lang: expected en or zh, got "${lang}"`, 2);
    const options = optionsFrom(args);
    const { dataset, warnings, columns } = await loadDataOrEdition(args, true);
    for (const line of columns) process.stderr.write(`columns: ${line}\n`);
    for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
    const scenario = await scenarioFromFlags(args);
    const { audit, auditHtml } = await import('@smartcities/core/analysis');
    const { ScoringError } = await import('@smartcities/core/engine');
    let report;
    try {
      report = audit(dataset, scenario, options);
    } catch (error) {
      if (error instanceof ScoringError) throw new CLIError(scoringIssuesMessage(args, error.issues), 2);
      throw error;
    }
    if (format === 'html') return writeOutput(auditHtml(report, { lang }), args.out);
    await emit(auditView(report), { format, out: args.out });
  },
});
