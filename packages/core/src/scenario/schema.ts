import { z } from 'zod';
import { aggregationMethods, type AggregationMethod } from '../aggregate/registry.ts';
import { unknownName } from '../did-you-mean.ts';
import { shownInput } from '../shown-input.ts';
import { imputationMethods, type ImputationMethod } from '../impute/impute.ts';
import { treatmentMethods, type TreatmentMethod } from '../treat/treat.ts';
import { normalisationMethods, type NormalisationMethod } from '../normalise/registry.ts';

const methodEnum = <T extends string>(what: string, names: readonly T[]) =>
  z.enum(names as [T, ...T[]], { error: (issue) => unknownName(what, shownInput(issue.input), names) });

const weight = z
  .number({ error: 'a weight must be a number' })
  .finite()
  .min(0, { error: (issue) => `a weight must be 0 or more, got ${shownInput(issue.input)}` });

const posts = z.object({ lower: z.number().finite(), upper: z.number().finite() });

/** Parameters of the normalisation method; each method reads only the ones it documents. */
export const normalisationParamsSchema = z
  .object({
    lower: z.number().finite(),
    upper: z.number().finite(),
    mean: z.number().finite(),
    sd: z.number().positive(),
    scale: z.number().positive(),
    target: z.union([z.number().finite(), z.record(z.string(), z.number().finite())]),
    reference: z.string().min(1),
    goalposts: z.union([posts, z.record(z.string(), posts)]),
    capMax: z.boolean(),
    truncate: z.boolean(),
  })
  .partial()
  .strict();

/** How indicators are brought to a common scale. */
export const normalisationSchema = z
  .object({
    method: methodEnum<NormalisationMethod>('normalisation method', normalisationMethods).default(
      'as-published',
    ),
    params: normalisationParamsSchema.prefault({}),
  })
  .strict();

/** How children are combined into parents, with an optional method per level (`index`, `pillars`, `level-N`). */
export const aggregationSchema = z
  .object({
    method: methodEnum<AggregationMethod>('aggregation method', aggregationMethods).default('arithmetic'),
    levels: z
      .record(z.string(), methodEnum<AggregationMethod>('aggregation method', aggregationMethods))
      .prefault({}),
    p: z.number().finite().optional(),
    minAvailability: z.number().min(0).max(1).optional(),
    nonPositive: z.enum(['error', 'shift']).optional(),
  })
  .strict();

/** The tier rule: the report's mean ± k·SD, or quantile cut-offs. */
export const tierRuleSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('mean-sd'), k: z.number().positive().default(1) }).strict(),
  z
    .object({
      rule: z.literal('quantile'),
      probs: z
        .tuple([z.number().min(0).max(1), z.number().min(0).max(1)])
        .refine(([a, b]) => a < b, 'the lower probability must be below the upper one')
        .default([1 / 3, 2 / 3]),
    })
    .strict(),
]);

/**
 * The data-treatment steps before normalisation: screen units under `minAvailability` (share of
 * indicators observed), impute, then treat outliers. Written only when some step does something;
 * steps that do nothing parse to no `data` at all, so the default scenario's hash never changes.
 */
export const dataStepsSchema = z
  .object({
    impute: methodEnum<ImputationMethod>('imputation method', imputationMethods).default('none'),
    imputeGroup: z.string().min(1).optional(),
    minAvailability: z.number().min(0).max(1).optional(),
    treat: methodEnum<TreatmentMethod>('treatment', treatmentMethods).default('none'),
  })
  .strict()
  .refine((d) => d.imputeGroup === undefined || d.impute === 'group-mean', {
    message: 'imputeGroup needs impute "group-mean"',
    path: ['imputeGroup'],
  });

/** The data steps, resolved. */
export type DataSteps = z.infer<typeof dataStepsSchema>;

/** True when the steps change nothing. */
export const isNoDataStep = (d: DataSteps): boolean =>
  d.impute === 'none' && d.treat === 'none' && !d.minAvailability;

/**
 * A scenario: everything that says how to compute the index. Every field has a default, and the
 * defaults are the report's own method, so `{}` reproduces the published tables.
 */
export const scenarioSchema = z
  .object({
    normalisation: normalisationSchema.prefault({}),
    aggregation: aggregationSchema.prefault({}),
    /** Relative weight overrides by node id (indicator or aggregate); siblings are renormalised. */
    weights: z.record(z.string(), weight).prefault({}),
    /** Node ids (indicators or aggregates) left out of the index. */
    exclude: z.array(z.string().min(1)).prefault([]),
    /** `leader-100` (the report's) divides the index by the leader's score and multiplies by 100. */
    rescale: z.enum(['leader-100', 'none']).default('leader-100'),
    tiers: tierRuleSchema.prefault({ rule: 'mean-sd' }),
    /** Imputation and outlier treatment before normalisation (absent: none). */
    data: dataStepsSchema.transform((d) => (isNoDataStep(d) ? undefined : d)).optional(),
  })
  .strict();

/** A fully resolved scenario (every default filled in). */
export type Scenario = z.infer<typeof scenarioSchema>;
/** What a user may write: every field optional. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type TierRuleSpec = z.infer<typeof tierRuleSchema>;
