import { describeChecks, evaluateClaims } from '@smartcities/core/engine';
import { edition2020 } from '@smartcities/data/editions/2020';
import { defineCommand } from 'citty';
import { CLIError } from '../cli-error.ts';
import { outputArgs } from '../flags/common-args.ts';
import { emit, formatFlag } from '../output/emit.ts';
import { scenarioArgs } from '../scenario-flags.ts';
import { scoreWithFlags } from '../scoring.ts';
import { claimsView } from '../views/claims-view.ts';

export const examples = [
  'smartcities claims',
  'smartcities claims --aggregation geometric --failing',
  'smartcities claims --lang zh --format json',
];

export default defineCommand({
  meta: {
    name: 'claims',
    description:
      "The report's quantitative statements (ranks, leaders, X above Y, tiers, regional comparisons) checked under the scenario, each with its place in the report",
  },
  args: {
    lang: { type: 'string', valueHint: 'en|zh', description: 'Language of the sentences (default en)' },
    failing: { type: 'boolean', description: 'Show only the claims that do not hold' },
    ...scenarioArgs,
    ...outputArgs,
  },
  async run({ args }) {
    const format = formatFlag(args.format);
    const lang = args.lang ?? 'en';
    if (lang !== 'en' && lang !== 'zh') throw new CLIError(`--lang: expected en or zh, got "${lang}"`, 2);
    const { result } = await scoreWithFlags(edition2020.dataset, args);
    const { report, papers } = edition2020;
    const checks = evaluateClaims(result, report.claims, { groups: report.cityGroups, papers });
    const names = report.claimNames(lang);
    const { lines, tally } = describeChecks(checks, lang, (kind, id) => names[kind][id] ?? id);
    const shown = args.failing ? lines.filter((line) => line.status === 'fails') : lines;
    await emit(claimsView(shown, tally, result.provenance), { format, out: args.out });
  },
});
