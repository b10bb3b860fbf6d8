import { z } from 'zod';
import { tableIdSchema } from './erratum.ts';
import { kebabIdSchema } from './ids.ts';

const rowNumber = z.number().int().positive();
const lineNumber = z.number().int().positive();

/** The tier a city is printed under in the overall table. */
export const tierSchema = z.enum(['leading', 'advanced', 'following']);

/** Field name → erratum id, for the printed cells of a row that an erratum corrects. */
export const cellErrataSchema = z.record(z.string(), z.string());

/**
 * One printed row of a pillar table (2-1 to 2-5): label as printed, the city it is, the indicator
 * values as printed (in the table's `columns` order), score and rank.
 */
export const publishedPillarRowSchema = z.object({
  row: rowNumber,
  label: z.string().min(1),
  city: kebabIdSchema,
  indicators: z.array(z.number()).optional(),
  score: z.number(),
  rank: rowNumber,
  errata: cellErrataSchema.optional(),
});

/**
 * A printed pillar table with its table number, pillar, printed score column header and the ids of
 * its printed indicator columns.
 */
export const publishedPillarTableSchema = z.object({
  table: tableIdSchema,
  pillar: kebabIdSchema,
  header: z.string().min(1),
  columns: z.array(kebabIdSchema).optional(),
  rows: z.array(publishedPillarRowSchema).min(1),
});

/**
 * One printed row of the overall table: label as printed, the city its values belong to, the tier it
 * is printed under and the correct tier, the five pillar columns, the overall score and rank.
 */
export const publishedOverallRowSchema = z.object({
  row: rowNumber,
  label: z.string().min(1),
  city: kebabIdSchema,
  printedTier: tierSchema,
  tier: tierSchema,
  pillars: z.record(kebabIdSchema, z.number()),
  score: z.number(),
  rank: rowNumber,
  errata: cellErrataSchema.optional(),
});

/** A tier threshold as printed in the prose, with the source-text lines that state it. */
export const printedThresholdSchema = z.object({
  value: z.number(),
  lines: z.array(lineNumber).min(1),
  erratum: z.string().optional(),
});

/** The printed overall table plus the tier rule the text states (thresholds and tier sizes). */
export const publishedOverallSchema = z.object({
  table: z.literal('overall'),
  rows: z.array(publishedOverallRowSchema).min(1),
  thresholds: z.object({ upper: printedThresholdSchema, lower: printedThresholdSchema }),
  tierCounts: z.record(tierSchema, z.object({ count: z.number().int().nonnegative(), line: lineNumber })),
});

/** One printed row of table 2-6: papers, reputation rank, smart city rank and their difference. */
export const publishedReputationRowSchema = z.object({
  row: rowNumber,
  label: z.string().min(1),
  city: kebabIdSchema,
  papers: z.number().int().nonnegative(),
  reputationRank: rowNumber,
  smartCityRank: rowNumber,
  difference: z.number().int(),
  errata: cellErrataSchema.optional(),
});

/** Printed table 2-6 with its printed total of papers. */
export const publishedReputationSchema = z.object({
  table: z.literal('2-6'),
  rows: z.array(publishedReputationRowSchema).min(1),
  total: z.number().int().nonnegative(),
});

/** A claim of the prose about ranks: these cities hold places `ranks[0]`..`ranks[1]` in a ranking. */
export const rankClaimSchema = z.object({
  line: lineNumber,
  section: z.string().min(1),
  table: tableIdSchema,
  ranking: kebabIdSchema,
  cities: z.array(kebabIdSchema).min(1),
  ranks: z.tuple([rowNumber, rowNumber]),
  erratum: z.string().optional(),
});

/** A city name as printed in the prose (only non-canonical spellings need recording). */
export const nameMentionSchema = z.object({
  line: lineNumber,
  section: z.string().min(1),
  printed: z.string().min(1),
  erratum: z.string().optional(),
});

const proseBase = {
  line: lineNumber,
  section: z.string().min(1),
  city: kebabIdSchema.optional(),
  erratum: z.string().optional(),
};

/**
 * A fact of the prose that the consistency checks test on its own terms: the figures of one
 * paragraph as printed (a placeholder shows as a run of digits), a term naming an indicator of a
 * pillar for a city, the cadence the report claims against the years of the earlier editions, or
 * user counts of one app over time.
 */
export const proseFactSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('figures'), ...proseBase, printed: z.array(z.string().min(1)).min(1) }),
  z.object({
    kind: z.literal('indicator-term'),
    ...proseBase,
    printed: z.string().min(1),
    pillar: kebabIdSchema,
    city: kebabIdSchema,
  }),
  z.object({
    kind: z.literal('cadence'),
    ...proseBase,
    printed: z.string().min(1),
    everyYears: z.number().int().positive(),
    year: z.number().int(),
    earlier: z.object({ line: lineNumber, years: z.array(z.number().int()).min(1) }),
  }),
  z.object({
    kind: z.literal('user-counts'),
    ...proseBase,
    printed: z.string().min(1),
    counts: z
      .array(
        z.object({
          afterDays: z.number().positive(),
          users: z.number().int().nonnegative(),
          atLeast: z.boolean(),
        }),
      )
      .min(2),
  }),
]);

/** Everything the report prints that the engine's results can be checked against. */
export const publishedSchema = z.object({
  overall: publishedOverallSchema,
  pillars: z.array(publishedPillarTableSchema).min(1),
  reputation: publishedReputationSchema,
  text: z.object({
    rankClaims: z.array(rankClaimSchema),
    nameMentions: z.array(nameMentionSchema),
    proseFacts: z.array(proseFactSchema).optional(),
  }),
});

export type Tier = z.infer<typeof tierSchema>;
export type CellErrata = z.infer<typeof cellErrataSchema>;
export type PublishedPillarRow = z.infer<typeof publishedPillarRowSchema>;
export type PublishedPillarTable = z.infer<typeof publishedPillarTableSchema>;
export type PublishedOverallRow = z.infer<typeof publishedOverallRowSchema>;
export type PrintedThreshold = z.infer<typeof printedThresholdSchema>;
export type PublishedOverall = z.infer<typeof publishedOverallSchema>;
export type PublishedReputationRow = z.infer<typeof publishedReputationRowSchema>;
export type PublishedReputation = z.infer<typeof publishedReputationSchema>;
export type RankClaim = z.infer<typeof rankClaimSchema>;
export type NameMention = z.infer<typeof nameMentionSchema>;
export type ProseFact = z.infer<typeof proseFactSchema>;
export type Published = z.infer<typeof publishedSchema>;
