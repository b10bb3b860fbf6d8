import { z } from 'zod';
import { kebabIdSchema } from './ids.ts';
import { reportPlaceSchema } from './report-place.ts';
import { bilingualSchema } from './source.ts';

/** A data source the report names for an indicator, with where it names it. */
export const indicatorSourceSchema = z.object({
  name: z.string().min(1),
  place: reportPlaceSchema,
});

/** A known weakness of an indicator that a reader should weigh, tied to where the report states it. */
export const caveatSchema = z.object({
  id: kebabIdSchema,
  text: bilingualSchema,
  place: reportPlaceSchema,
});

/**
 * What the report tells about one indicator, restated in our words: the definition (with its
 * place), the sources it names, the unit of the raw measure and the scale of the printed values,
 * and the caveats. Direction and nominal weight live on the indicator itself; the effective
 * weight is computed by the engine under a scenario.
 */
export const indicatorNoteSchema = z.object({
  id: kebabIdSchema,
  definition: bilingualSchema,
  definitionPlace: reportPlaceSchema,
  sources: z.array(indicatorSourceSchema).min(1),
  unit: bilingualSchema,
  scale: bilingualSchema,
  caveats: z.array(caveatSchema),
});

export type IndicatorSource = z.infer<typeof indicatorSourceSchema>;
export type Caveat = z.infer<typeof caveatSchema>;
export type IndicatorNote = z.infer<typeof indicatorNoteSchema>;
