import {
  aggregationMethods,
  defaultScenario,
  imputationMethods,
  normalisationMethods,
  treatmentMethods,
  type Issue,
  type Scenario,
} from '@smartcities/core/engine';
import type { ArgsDef } from 'citty';
import { CLIError } from './cli-error.ts';

/** The scenario flags of every command that scores. */
export const scenarioArgs = {
  normalisation: {
    type: 'string',
    valueHint: 'NAME',
    description: `Normalisation method: ${normalisationMethods.join(', ')}`,
  },
  aggregation: {
    type: 'string',
    valueHint: 'NAME|LEVEL=NAME,…',
    description: `Aggregation method, for every level or per level (index, pillars): ${aggregationMethods.join(', ')}`,
  },
  weights: {
    type: 'string',
    valueHint: 'ID=W,…',
    description:
      "Relative weights of pillars or indicators. A node's share of its parent is its weight over the sum of its siblings' weights, and siblings not named keep their defaults (0.2 for each pillar): infrastructure=2 gives infrastructure 2/2.8 = 71% of the index and each other pillar 7%. The shares go to standard error (JSON: effectiveWeights)",
  },
  exclude: { type: 'string', valueHint: 'ID,…', description: 'Pillars or indicators to leave out' },
  rescale: {
    type: 'string',
    valueHint: 'leader-100|none',
    description: 'Rescale the index so the leader scores 100 (the report) or not',
  },
  tiers: {
    type: 'string',
    valueHint: 'mean-sd:K|quantile:LO,HI',
    description: 'Tier rule: mean ± K·SD (the report, K=1) or quantile cut-offs',
  },
  impute: {
    type: 'string',
    valueHint: imputationMethods.join('|'),
    description: 'Fill missing values before normalising: indicator mean, median, or group mean',
  },
  'impute-group': {
    type: 'string',
    valueHint: 'COLUMN',
    description: 'Grouping column for --impute group-mean (e.g. a COINr Group_ column; default: the group)',
  },
  'min-availability': {
    type: 'string',
    valueHint: 'SHARE',
    description: 'Leave out units with a smaller share of indicators observed (0 to 1), as COINr Screen()',
  },
  treat: {
    type: 'string',
    valueHint: treatmentMethods.join('|'),
    description: "Outlier treatment: coinr is COINr's Treat() default (winsorise up to 5 points, else log)",
  },
  scenario: {
    type: 'string',
    valueHint: 'FILE|QUERY',
    description: 'A scenario JSON file or its URL form (a=geometric&w=…); the flags above override it',
  },
} as const satisfies ArgsDef;

/** The values of the scenario flags, as citty parses them. */
export type ScenarioFlags = { [K in keyof typeof scenarioArgs]?: string | undefined };

/** URL-form parameter → the flag that sets it. */
const flagOfParam: Record<string, keyof ScenarioFlags> = {
  n: 'normalisation',
  a: 'aggregation',
  w: 'weights',
  x: 'exclude',
  r: 'rescale',
  t: 'tiers',
  impute: 'impute',
  'impute-group': 'impute-group',
  'min-availability': 'min-availability',
  treat: 'treat',
};

/** Data-step field → the flag that sets it. */
const flagOfDataField: Record<string, keyof ScenarioFlags> = {
  impute: 'impute',
  imputeGroup: 'impute-group',
  minAvailability: 'min-availability',
  treat: 'treat',
};

/** Scenario field → the flag that sets it. */
const flagOfField: Record<string, keyof ScenarioFlags> = {
  normalisation: 'normalisation',
  aggregation: 'aggregation',
  weights: 'weights',
  exclude: 'exclude',
  rescale: 'rescale',
  tiers: 'tiers',
};

/** The flag to blame for a scenario field or URL parameter: the flag if given, else `--scenario`. */
export function flagFor(flags: ScenarioFlags, name: keyof ScenarioFlags | undefined): string {
  if (name && flags[name] !== undefined) return `--${name}`;
  return flags.scenario !== undefined ? `--scenario ${flags.scenario}` : `--${name ?? 'scenario'}`;
}

/** Issues as one message, each line naming the flag (or scenario source) it came from. */
export function issuesMessage(issues: readonly Issue[], blame: (issue: Issue) => string): string {
  return issues.map((issue) => `${blame(issue)}: ${issue.message}`).join('\n');
}

/**
 * Turns the scenario flags into a Scenario: the `--scenario` source first (file or URL form),
 * then each flag replaces its part, all validated by core; every problem names its flag.
 * @example await scenarioFromFlags({ aggregation: 'pillars=geometric', weights: 'governance=2' })
 */
export async function scenarioFromFlags(flags: ScenarioFlags): Promise<Scenario> {
  if (Object.keys(scenarioArgs).every((name) => flags[name as keyof ScenarioFlags] === undefined))
    return defaultScenario;
  // validation (zod) loads only when a scenario is given: the report's own needs none
  const { scenarioFromQuery, scenarioToQuery } = await import('./scenario-parse.ts');
  const query = new URLSearchParams(
    flags.scenario === undefined ? '' : scenarioToQuery(await readBase(flags.scenario)),
  );
  for (const [param, value] of flagParams(flags)) query.set(param, value);
  const parsed = scenarioFromQuery(query);
  if (parsed.ok) return parsed.scenario;
  throw new CLIError(
    issuesMessage(parsed.issues, (issue) =>
      flagFor(flags, flagOfParam[/^\?([a-z-]+)/.exec(issue.path)?.[1] ?? '']),
    ),
    2,
  );
}

/** Scoring issues (unknown ids, impossible exclusions) named by the flag of their field. */
export function scoringIssuesMessage(flags: ScenarioFlags, issues: readonly Issue[]): string {
  return issuesMessage(issues, (issue) => {
    const [top, field] = issue.path.split('.');
    return flagFor(flags, top === 'data' ? (flagOfDataField[field ?? ''] ?? 'impute') : flagOfField[top!]);
  });
}

/** Reads a scenario file or URL form (`a=geometric&w=…`); problems name `flag` and the source. */
export async function readBase(source: string, flag = '--scenario'): Promise<Scenario> {
  const { parseScenario, scenarioFromQuery } = await import('./scenario-parse.ts');
  const parsed = /^[\w.-]+=|^\?|^https?:/.test(source)
    ? scenarioFromQuery(source.replace(/^[^?]*\?/, ''))
    : parseScenario(await (await import('./scenario-file.ts')).readScenarioFile(source, flag));
  if (parsed.ok) return parsed.scenario;
  throw new CLIError(
    issuesMessage(parsed.issues, (issue) => `${flag} ${source}: ${issue.path}`),
    2,
  );
}

function flagParams(flags: ScenarioFlags): [string, string][] {
  const params: [string, string][] = [];
  for (const [param, name] of Object.entries(flagOfParam)) {
    const value = flags[name];
    if (value === undefined || name === 'aggregation') continue;
    if (value.trim() === '') throw new CLIError(`--${name}: expected a value`, 2);
    params.push([param, value]);
  }
  if (flags.aggregation !== undefined) params.push(...aggregationParams(flags.aggregation));
  return params;
}

/** `geometric`, `pillars=geometric,index=arithmetic`, or both mixed, as `a` and `a.<level>`. */
function aggregationParams(value: string): [string, string][] {
  const items = value.split(',').map((s) => s.trim());
  if (items.some((item) => item === '' || item.split('=').length > 2)) {
    throw new CLIError(
      `--aggregation: expected NAME or LEVEL=NAME,… (e.g. pillars=geometric,index=arithmetic), got "${value}"`,
      2,
    );
  }
  return items.map((item): [string, string] => {
    const [level, method] = item.split('=');
    return method === undefined ? ['a', level!] : [`a.${level}`, method];
  });
}
