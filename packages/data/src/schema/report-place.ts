import { z } from 'zod';
import { tableIdSchema } from './erratum.ts';

/**
 * A section of the report as its outline lists it: a stable id (the section number, or a short
 * name for unnumbered parts), the printed heading, the page the outline gives, and the line of the
 * heading in the text edition.
 */
export const reportSectionSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  page: z.number().int().positive(),
  line: z.number().int().positive(),
});

/**
 * Where a fact sits in the report: its section, the page the outline gives for that section, the
 * line of the text edition, the table or figure when there is one, and `anchor`, a few words or a
 * figure printed on that line (so that a test can check the place; never a sentence).
 */
export const reportPlaceSchema = z.object({
  section: z.string().min(1),
  page: z.number().int().positive(),
  line: z.number().int().positive(),
  table: tableIdSchema.optional(),
  figure: z.string().min(1).optional(),
  anchor: z.string().min(1),
});

export type ReportSection = z.infer<typeof reportSectionSchema>;
export type ReportPlace = z.infer<typeof reportPlaceSchema>;
