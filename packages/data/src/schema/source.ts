import { z } from 'zod';

/** A text in English and Chinese. */
export const bilingualSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) });

/** A person of the report team as printed: family and given name, and the role the report gives. */
export const sourcePersonSchema = z.object({
  family: z.string().min(1),
  given: z.string().min(1),
  affiliation: z.string().min(1),
});

/**
 * The bibliographic record of a published source: what it is called (in both languages), who made
 * it, when, where it can be found, and whose rights cover it versus what we publish.
 */
export const sourceSchema = z.object({
  id: z.string().min(1),
  title: bilingualSchema,
  subtitle: bilingualSchema,
  institutions: z.array(bilingualSchema).min(1),
  team: z.array(sourcePersonSchema).min(1),
  year: z.number().int(),
  availableAt: z.object({ name: z.string().min(1), url: z.url() }),
  rights: bilingualSchema,
  ours: z.object({ code: z.string().min(1), data: z.string().min(1), note: bilingualSchema }),
});

export type Bilingual = z.infer<typeof bilingualSchema>;
export type SourcePerson = z.infer<typeof sourcePersonSchema>;
export type Source = z.infer<typeof sourceSchema>;
