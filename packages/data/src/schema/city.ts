import { z } from 'zod';
import { kebabIdSchema } from './ids.ts';

/** The world region a city belongs to, as used for grouping in tables and maps. */
export const regionSchema = z.enum([
  'Europe',
  'North America',
  'Latin America',
  'Asia',
  'Middle East',
  'Africa',
  'Oceania',
]);

/** A ranked city: stable id, English and Chinese names, ISO 3166-1 alpha-2 country, region and position. */
export const citySchema = z.object({
  id: kebabIdSchema,
  name: z.string().min(1),
  nameZh: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "GB"'),
  region: regionSchema,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export type Region = z.infer<typeof regionSchema>;
export type City = z.infer<typeof citySchema>;
