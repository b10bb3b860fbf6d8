import { createRoute, z } from '@hono/zod-openapi';
import { unknownName } from '@smartcities/core';
import { erratumSchema, tableIdSchema } from '@smartcities/data/schema';
import { edition, editionKey } from '../edition.ts';
import { formatOf, formatSchema } from '../format.ts';
import { ApiProblem } from '../problem.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { strictQuery } from '../scenario-query.ts';
import { sendCached } from '../send-cached.ts';

/** The report's printing errors, each with what was printed, what is right and the evidence. */
export const errataSchema = z
  .object({ edition: z.string(), errata: z.array(z.object(erratumSchema.shape).openapi('Erratum')) })
  .openapi('Errata');

const cityIds: readonly string[] = edition.cities.map((c) => c.id);

const query = strictQuery({
  table: tableIdSchema
    .optional()
    .openapi({ description: 'only errata of this table (overall, 2-1 … 2-6, text)' }),
  city: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'only errata about this city', example: 'berlin' }),
  format: formatSchema.optional(),
});

const route = createRoute({
  method: 'get',
  path: '/errata',
  tags: ['Replication'],
  summary: "The report's printing errors",
  request: { query },
  responses: {
    ...cacheable(errataSchema, 'The errata, optionally filtered by table or city'),
    ...problems(400),
  },
});

/** GET /errata. */
export const errata = createRouter().openapi(route, (c) => {
  const { table, city, format } = c.req.valid('query');
  const fmt = formatOf(c, format);
  if (city && !cityIds.includes(city)) {
    const message = unknownName('city', city, cityIds);
    throw new ApiProblem(400, 'invalid-parameters', message, {
      errors: [{ path: '?city', message, code: 'unknown-city' }],
    });
  }
  return sendCached(c, `${editionKey}|errata|${table ?? ''}|${city ?? ''}|${fmt}`, () => {
    const list = edition.errata.filter((e) => (!table || e.table === table) && (!city || e.city === city));
    return representation(fmt, { edition: edition.ref.id, errata: list }, () => list);
  });
});
