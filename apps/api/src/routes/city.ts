import { createRoute, z } from '@hono/zod-openapi';
import { printedOption, profile, scenarioHash } from '@smartcities/core';
import { caseStudySchema, citySchema } from '@smartcities/data/schema';
import { edition, editionKey } from '../edition.ts';
import { findCity } from '../find-city.ts';
import { formatOf, formatSchema } from '../format.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { scenarioOf, withScenario } from '../scenario-query.ts';
import { profileSchema } from '../schemas/profile.ts';
import { publishedFiguresSchema } from '../schemas/ranking.ts';
import { provenanceSchema } from '../schemas/provenance.ts';
import { scoreEdition } from '../scored.ts';
import { sendCached } from '../send-cached.ts';

/** A city: its facts, its profile under the scenario, and the report's case studies about it. */
export const cityDetailSchema = z
  .object({
    provenance: provenanceSchema,
    city: citySchema,
    profile: profileSchema,
    caseStudies: z.array(caseStudySchema),
    published: publishedFiguresSchema.optional().openapi({
      description:
        "The report's method only: what the report prints for the city (score, rank, tier, pillar scores and ranks), with notes where the recomputed digits differ",
    }),
  })
  .openapi('CityDetail');

/** The `{id}` path parameter shared by the city routes. */
export const cityParams = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({
      param: { name: 'id', in: 'path' },
      description:
        'City id, English or Chinese name, or printed alias ("hong kong", "Bombay"); case and spaces do not matter',
      example: 'london',
    }),
});

const route = createRoute({
  method: 'get',
  path: '/cities/{id}',
  tags: ['Cities'],
  summary: "A city's profile under a scenario",
  description: 'CSV gives the profile nodes (one row per pillar and indicator).',
  request: { params: cityParams, query: withScenario({ format: formatSchema.optional() }) },
  responses: {
    ...cacheable(cityDetailSchema, "The city's facts, profile and case studies"),
    ...problems(400, 404, 422),
  },
});

/** GET /cities/{id}: 404 with a suggestion for an unknown id. */
export const city = createRouter().openapi(route, (c) => {
  const found = findCity(c.req.valid('param').id);
  const id = found.id;
  const scenario = scenarioOf(c);
  const fmt = formatOf(c, c.req.valid('query').format);
  return sendCached(c, `${editionKey}|city|${id}|${scenarioHash(scenario)}|${fmt}`, () => {
    const result = scoreEdition(scenario);
    const detail = profile(result, edition.dataset, id)!;
    const caseStudies = edition.caseStudies.filter((study) => study.city === id);
    const published = printedOption(result, edition).published?.[id];
    return representation(
      fmt,
      {
        provenance: result.provenance,
        city: found,
        profile: detail,
        caseStudies,
        ...(published ? { published } : {}),
      },
      () => detail.nodes,
    );
  });
});
