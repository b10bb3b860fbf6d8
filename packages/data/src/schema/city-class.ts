import { z } from 'zod';
import { kebabIdSchema } from './ids.ts';
import { reportPlaceSchema } from './report-place.ts';
import { bilingualSchema } from './source.ts';

/** A UN M49 area: its three-digit code, a stable id and its English and Chinese names. */
export const m49AreaSchema = z.object({
  code: z.string().regex(/^\d{3}$/, 'expected a three-digit M49 code such as "142"'),
  id: kebabIdSchema,
  name: bilingualSchema,
});

/** Development status as the report uses it: a developed or a developing economy. */
export const developmentStatusSchema = z.enum(['developed', 'developing']);

/** A classification the data rest on: its name, where to find it, and a note in our words. */
export const classificationSourceSchema = z.object({
  id: kebabIdSchema,
  name: z.string().min(1),
  url: z.url(),
  note: bilingualSchema,
});

/**
 * A city's place in the groups the report compares: its UN M49 region and sub-region and its
 * development status, with the places where the report itself calls the city developed or developing.
 */
export const cityClassSchema = z.object({
  city: kebabIdSchema,
  region: m49AreaSchema,
  subregion: m49AreaSchema,
  status: developmentStatusSchema,
  reportSays: z.array(reportPlaceSchema),
});

export type M49Area = z.infer<typeof m49AreaSchema>;
export type DevelopmentStatus = z.infer<typeof developmentStatusSchema>;
export type ClassificationSource = z.infer<typeof classificationSourceSchema>;
export type CityClass = z.infer<typeof cityClassSchema>;
