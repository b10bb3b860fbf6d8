import { z } from 'zod';
import { kebabIdSchema } from './ids.ts';
import { reportPlaceSchema } from './report-place.ts';
import { bilingualSchema } from './source.ts';

/** What a note summarises: the method, a pillar's analysis (section 2), or the report's conclusions and advice. */
export const reportNoteTopicSchema = z.enum(['method', 'analysis', 'conclusion', 'recommendation']);

/** A passage of the report summarised in our own words, with the places it rests on. */
export const reportNoteSchema = z.object({
  id: kebabIdSchema,
  topic: reportNoteTopicSchema,
  title: bilingualSchema,
  text: bilingualSchema,
  places: z.array(reportPlaceSchema).min(1),
  /** The pillar (or `reputation`) an analysis is about. */
  pillar: kebabIdSchema.optional(),
});

/** A topic class of the papers behind the reputation index (Figure 2-1: A, M, D). */
export const paperTopicSchema = z.object({
  code: z.string().regex(/^[A-Z]$/),
  id: kebabIdSchema,
  name: bilingualSchema,
});

/**
 * How the reputation index was built: the database, the search period, how many papers the
 * search found and how many were kept after reading, and the topic classes of Figure 2-1.
 * `topicCounts` holds Figure 2-1's counts per topic when a source gives them, or null when the
 * text of the report does not print them (the figure is a picture).
 */
export const reputationMethodSchema = z.object({
  database: z.string().min(1),
  period: z.object({ from: z.string().regex(/^\d{4}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}$/) }),
  searched: z.number().int().positive(),
  kept: z.number().int().positive(),
  topics: z.array(paperTopicSchema).min(1),
  topicCounts: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())).nullable(),
  places: z.object({
    search: reportPlaceSchema,
    kept: reportPlaceSchema,
    topics: reportPlaceSchema,
    figure: reportPlaceSchema,
  }),
});

export type ReportNoteTopic = z.infer<typeof reportNoteTopicSchema>;
export type ReportNote = z.infer<typeof reportNoteSchema>;
export type PaperTopic = z.infer<typeof paperTopicSchema>;
export type ReputationMethod = z.infer<typeof reputationMethodSchema>;
