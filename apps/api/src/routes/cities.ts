import { createRoute, z } from '@hono/zod-openapi';
import { citySchema } from '@smartcities/data/schema';
import { edition, editionKey } from '../edition.ts';
import { formatOf, formatSchema } from '../format.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { strictQuery } from '../scenario-query.ts';
import { sendCached } from '../send-cached.ts';

/** The cities of the edition with their names, country, region and position. */
export const citiesSchema = z
  .object({ edition: z.string(), cities: z.array(z.object(citySchema.shape).openapi('City')) })
  .openapi('Cities');

const route = createRoute({
  method: 'get',
  path: '/cities',
  tags: ['Cities'],
  summary: 'The ranked cities',
  request: { query: strictQuery({ format: formatSchema.optional() }) },
  responses: {
    ...cacheable(citiesSchema, 'Every city of the edition, in the order of the overall ranking'),
    ...problems(400),
  },
});

/** GET /cities. */
export const cities = createRouter().openapi(route, (c) => {
  const fmt = formatOf(c, c.req.valid('query').format);
  return sendCached(c, `${editionKey}|cities|${fmt}`, () =>
    representation(fmt, { edition: edition.ref.id, cities: edition.cities }, () => edition.cities),
  );
});
