import { z } from '@hono/zod-openapi';

const bilingual = z.object({ en: z.string(), zh: z.string() });

/** The report the edition reproduces, with a one-line note and ready-made citations. */
export const sourceResponseSchema = z
  .object({
    edition: z.string(),
    source: z
      .object({
        id: z.string(),
        title: bilingual,
        subtitle: bilingual,
        institutions: z.array(bilingual),
        team: z.array(z.object({ family: z.string(), given: z.string(), affiliation: z.string() })),
        year: z.number().int(),
        availableAt: z.object({ name: z.string(), url: z.string() }),
        rights: bilingual,
        ours: z.object({ code: z.string(), data: z.string(), note: bilingual }),
      })
      .openapi('Source'),
    line: bilingual.openapi({ description: 'The one-line source note, in English and Chinese' }),
    citations: z.object({
      text: z.string(),
      bibtex: z.string(),
      ris: z.string(),
      cslJson: z.array(z.unknown()),
    }),
  })
  .openapi('SourceRecord');
