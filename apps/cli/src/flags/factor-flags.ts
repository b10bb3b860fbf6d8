import { unknownName, type Issue } from '@smartcities/core/engine';
import type { ArgsDef } from 'citty';
import { CLIError } from '../cli-error.ts';
import { numberFlag, repeatedFlag } from './number-flag.ts';

/** What varies in an analysis, shared by `uncertainty` and `sensitivity`. */
export const factorArgs = {
  seed: {
    type: 'string',
    valueHint: 'S',
    description:
      'Seed of the random generator, a whole number or a text (default 1); the same seed gives the same result',
  },
  'weight-noise': {
    type: 'string',
    valueHint: 'X',
    description: 'Pillar weights vary by up to ±X of themselves (0.25 = ±25%)',
  },
  'indicator-weight-noise': {
    type: 'string',
    valueHint: 'X',
    description: 'Indicator weights vary by up to ±X of themselves',
  },
  vary: {
    type: 'string',
    valueHint: 'aggregation=A,B|normalisation=A,B',
    description: 'Draw the method of each run from a list; repeat the flag for both',
  },
  'drop-one': { type: 'boolean', description: 'Leave out one indicator per run, chosen at random' },
} as const satisfies ArgsDef;

/** The values of the factor flags, as citty parses them. */
export interface FactorFlags {
  seed?: string | undefined;
  'weight-noise'?: string | undefined;
  'indicator-weight-noise'?: string | undefined;
  'drop-one'?: boolean | undefined;
}

const varied = ['aggregation', 'normalisation'] as const;

function varyLists(rawArgs: readonly string[]): Partial<Record<(typeof varied)[number], string[]>> {
  const lists: Partial<Record<(typeof varied)[number], string[]>> = {};
  for (const value of repeatedFlag(rawArgs, '--vary')) {
    const [key = '', list] = value.split('=');
    if (!(varied as readonly string[]).includes(key))
      throw new CLIError(
        `--vary: ${unknownName('input to vary', key, varied)} (write --vary aggregation=arithmetic,geometric)`,
        2,
      );
    if (list === undefined || list.trim() === '')
      throw new CLIError(`--vary ${key}: expected a list of methods, e.g. --vary ${key}=A,B`, 2);
    if (lists[key as (typeof varied)[number]])
      throw new CLIError(`--vary ${key}: given twice; list every method once, separated by commas`, 2);
    lists[key as (typeof varied)[number]] = list.split(',').map((s) => s.trim());
  }
  return lists;
}

/** The spec fields the factor flags declare (seed, weight noise, method lists, drop-one), before core validates them. */
export function factorsInput(flags: FactorFlags, rawArgs: readonly string[]): Record<string, unknown> {
  const pillars = numberFlag(flags['weight-noise'], '--weight-noise');
  const indicators = numberFlag(flags['indicator-weight-noise'], '--indicator-weight-noise');
  const seed =
    flags.seed === undefined ? undefined : /^-?\d+$/.test(flags.seed) ? Number(flags.seed) : flags.seed;
  const input: Record<string, unknown> = { ...varyLists(rawArgs) };
  if (seed !== undefined) input.seed = seed;
  if (pillars !== undefined || indicators !== undefined)
    input.weightNoise = {
      ...(pillars !== undefined && { pillars }),
      ...(indicators !== undefined && { indicators }),
    };
  if (flags['drop-one']) input.dropOne = true;
  return input;
}

const flagOfField: Record<string, string> = {
  seed: '--seed',
  'weightNoise.pillars': '--weight-noise',
  'weightNoise.indicators': '--indicator-weight-noise',
  normalisation: '--vary normalisation',
  aggregation: '--vary aggregation',
  dropOne: '--drop-one',
};

/** Spec issues as one message naming the flags (`--runs`, `--weight-noise`, `--vary aggregation`…). */
export function specIssuesMessage(command: string, issues: readonly Issue[]): string {
  return issues
    .map((issue) => {
      if (issue.path.startsWith('('))
        return `${command}: declare what varies: --weight-noise X, --indicator-weight-noise X, --vary aggregation=A,B, --vary normalisation=A,B or --drop-one`;
      const field = Object.keys(flagOfField).find((f) => issue.path === f || issue.path.startsWith(`${f}.`));
      return `${field ? flagOfField[field] : `--${issue.path.split('.')[0]}`}: ${issue.message}`;
    })
    .join('\n');
}
