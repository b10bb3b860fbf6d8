import { defaultScenario, type Scenario } from '@smartcities/core/engine';
import { edition2020 } from '@smartcities/data/editions/2020';
import type { Dataset } from '@smartcities/data/schema';
import type { ArgsDef } from 'citty';
import { CLIError } from '../cli-error.ts';
import { loadUserData, type DataFlags } from '../load-user-data.ts';
import { readBase } from '../scenario-flags.ts';

/** `--from` and `--to` (a scenario file or URL form each) and the data flags of `score`. */
export const sidesArgs = {
  from: {
    type: 'string',
    valueHint: 'FILE|QUERY',
    description:
      "The first scenario: a JSON file or URL form (a=geometric&w=economy:0.5); default the report's method",
  },
  to: {
    type: 'string',
    valueHint: 'FILE|QUERY',
    description: "The second scenario, the same way; default the report's method",
  },
  data: {
    type: 'string',
    valueHint: 'FILE',
    description: 'Your units file instead of the 2020 edition (as in score)',
  },
  framework: { type: 'string', valueHint: 'FILE', description: 'Framework file for --data (as in score)' },
  idata: { type: 'string', valueHint: 'FILE', description: "COINr's iData table (as in score)" },
  imeta: { type: 'string', valueHint: 'FILE', description: "COINr's iMeta table (as in score)" },
  time: { type: 'string', valueHint: 'T', description: 'COINr time point (as in score)' },
  'to-data': {
    type: 'string',
    valueHint: 'FILE',
    description:
      'The --to side on other data with the same framework, e.g. a revision of the --data file or of an export of the edition (our layout)',
  },
  'to-framework': {
    type: 'string',
    valueHint: 'FILE',
    description: 'Framework file for --to-data (default: --framework, or the framework inside --to-data)',
  },
} as const satisfies ArgsDef;

/** The values of those flags as citty parses them. */
export type SidesFlags = DataFlags & {
  from?: string | undefined;
  to?: string | undefined;
  'to-data'?: string | undefined;
  'to-framework'?: string | undefined;
};

/** A missing side is the report's method; an empty value is refused. */
async function side(value: string | undefined, flag: '--from' | '--to'): Promise<Scenario> {
  if (value === undefined) return defaultScenario;
  if (value.trim() === '') throw new CLIError(`${flag}: expected a scenario file or URL form`, 2);
  return readBase(value, flag);
}

async function loaded(flags: DataFlags): Promise<Dataset> {
  const { dataset, warnings } = await loadUserData(flags);
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  return dataset;
}

/**
 * The dataset (the edition unless data flags are given), the `--to` side's dataset when
 * `--to-data` gives one, and the two scenarios.
 */
export async function readSides(
  flags: SidesFlags,
): Promise<{ dataset: Dataset; toDataset?: Dataset; from: Scenario; to: Scenario }> {
  const own = flags.data !== undefined || flags.idata !== undefined || flags.imeta !== undefined;
  const dataset = own ? await loaded(flags) : edition2020.dataset;
  if (flags['to-framework'] !== undefined && flags['to-data'] === undefined)
    throw new CLIError('--to-framework: goes with --to-data FILE', 2);
  const framework = flags['to-framework'] ?? flags.framework;
  const toDataset =
    flags['to-data'] === undefined
      ? undefined
      : await loaded({ data: flags['to-data'], ...(framework !== undefined && { framework }) });
  const scenarios = { from: await side(flags.from, '--from'), to: await side(flags.to, '--to') };
  return { dataset, ...(toDataset && { toDataset }), ...scenarios };
}
