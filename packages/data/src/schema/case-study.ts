import { z } from 'zod';
import { kebabIdSchema } from './ids.ts';

/** One figure quoted in a case study, such as a score, a count or a share. */
export const keyFigureSchema = z.object({
  label: z.string().min(1),
  value: z.union([z.number(), z.string().min(1)]),
  unit: z.string().min(1).optional(),
});

/** A city case study from the report, summarised in our own words with its key figures. */
export const caseStudySchema = z.object({
  id: kebabIdSchema,
  city: kebabIdSchema,
  pillar: kebabIdSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  keyFigures: z.array(keyFigureSchema).min(1),
});

export type KeyFigure = z.infer<typeof keyFigureSchema>;
export type CaseStudy = z.infer<typeof caseStudySchema>;
