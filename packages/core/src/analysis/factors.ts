import { z } from 'zod';
import { aggregationMethods, type AggregationMethod } from '../aggregate/registry.ts';
import { unknownName } from '../did-you-mean.ts';
import { shownInput } from '../shown-input.ts';
import { normalisationMethods, type NormalisationMethod } from '../normalise/registry.ts';

const shown = (input: unknown) => (typeof input === 'string' ? `"${input}"` : shownInput(input));

const share = (what: string) =>
  z
    .number({
      error: (issue) =>
        `${what} weight noise must be a number from 0 to 1 (0.25 means ±25%), got ${shown(issue.input)}`,
    })
    .min(0, {
      error: (issue) =>
        `${what} weight noise must be from 0 to 1 (0.25 means ±25%), got ${shown(issue.input)}`,
    })
    .max(1, {
      error: (issue) =>
        `${what} weight noise must be from 0 to 1 (0.25 means ±25%), got ${shown(issue.input)}`,
    });

/** A non-empty list of distinct method names, each checked against a registry. */
const methodList = <T extends string>(what: string, names: readonly T[]) =>
  z
    .array(
      z.enum(names as [T, ...T[]], { error: (issue) => unknownName(what, shownInput(issue.input), names) }),
      {
        error: `expected a list of ${what}s, e.g. ["${names[0]}", "${names[1]}"]`,
      },
    )
    .min(1, { error: `list at least one ${what}` })
    .superRefine((list, ctx) => {
      const twice = list.find((name, i) => list.indexOf(name) !== i);
      if (twice) ctx.addIssue({ code: 'custom', message: `${what} "${twice}" is listed twice` });
    });

/** The inputs an analysis lets vary; shared by the uncertainty and the sensitivity specs. */
export const factorsShape = {
  /** Uniform multiplicative noise: each weight becomes w·(1 + U(-x, x)), then siblings are renormalised. */
  weightNoise: z
    .strictObject(
      { pillars: share('pillar').optional(), indicators: share('indicator').optional() },
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys'
            ? unknownName('weightNoise field', issue.keys[0]!, ['pillars', 'indicators'])
            : undefined,
      },
    )
    .optional(),
  /** Normalisation methods drawn with equal probability, one per run (params kept from the scenario). */
  normalisation: methodList<NormalisationMethod>('normalisation method', normalisationMethods).optional(),
  /** Aggregation methods drawn with equal probability, one per run, used at every level. */
  aggregation: methodList<AggregationMethod>('aggregation method', aggregationMethods).optional(),
  /** Leave out one active indicator per run, chosen with equal probability. */
  dropOne: z.boolean({ error: 'dropOne must be true or false' }).optional(),
};

/** What varies in an analysis. */
export interface Factors {
  weightNoise?: { pillars?: number; indicators?: number } | undefined;
  normalisation?: NormalisationMethod[] | undefined;
  aggregation?: AggregationMethod[] | undefined;
  dropOne?: boolean | undefined;
}

/** The seed of the generator: a whole number or any non-empty text. */
export const seedSchema = z
  .union([z.number().int(), z.string().min(1)], {
    error: (issue) => `seed must be a whole number or a non-empty text, got ${shown(issue.input)}`,
  })
  .default(1);

/** An issue when nothing is declared to vary, else nothing. */
export function checkSomethingVaries(factors: Factors, ctx: z.RefinementCtx): void {
  const { weightNoise: noise, normalisation, aggregation, dropOne } = factors;
  if (noise?.pillars || noise?.indicators || normalisation || aggregation || dropOne) return;
  ctx.addIssue({
    code: 'custom',
    message:
      'declare at least one uncertain input: weightNoise.pillars, weightNoise.indicators (above 0), normalisation, aggregation or dropOne',
  });
}

/** The error for an unknown top-level field of a spec, with a suggestion. */
export const unknownField = (fields: string[]) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys' ? unknownName('field', issue.keys![0]!, fields) : undefined;
