import { z } from 'zod';
import { kebabIdSchema } from './ids.ts';

/** Where a printed cell sits: one of the report's tables, or `text` for a figure or name in the prose. */
export const tableIdSchema = z.enum(['overall', '2-1', '2-2', '2-3', '2-4', '2-5', '2-6', 'text']);

/** What kind of printing error an erratum corrects (also the kinds of cross-table findings). */
export const erratumKindSchema = z.enum([
  'row-label',
  'tier-label',
  'tier-count',
  'threshold',
  'rank',
  'rank-tie',
  'difference',
  'pillar-score',
  'overall-score',
  'pillar-column',
  'total',
  'spelling',
  'unknown-label',
  'text-claim',
  'placeholder',
  'wrong-term',
  'contradiction',
]);

/** A printed value or label: what the report shows, or what it should show. */
export const printedValueSchema = z.union([z.string(), z.number()]);

/**
 * One printing error of the report: the cell (table, 1-based body row or, for `text`, the line of
 * the source text, and field), what was printed, what is right, and the evidence in our own words.
 */
export const erratumSchema = z.object({
  id: z.string().regex(/^E-[a-z0-9-]+-[rl]\d+-[a-zA-Z-]+$/, 'expected an id such as "E-overall-r19-label"'),
  kind: erratumKindSchema,
  table: tableIdSchema,
  row: z.number().int().positive(),
  column: z.string().min(1),
  printed: printedValueSchema,
  correct: printedValueSchema,
  evidence: z.string().min(1),
  city: kebabIdSchema.optional(),
});

export type TableId = z.infer<typeof tableIdSchema>;
export type ErratumKind = z.infer<typeof erratumKindSchema>;
export type PrintedValue = z.infer<typeof printedValueSchema>;
export type Erratum = z.infer<typeof erratumSchema>;
