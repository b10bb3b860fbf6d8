import { createRoute, z } from '@hono/zod-openapi';
import { scenarioHash } from '@smartcities/core';
import { indicatorSchema, pillarSchema } from '@smartcities/data/schema';
import { edition, editionKey } from '../edition.ts';
import { formatOf, formatSchema } from '../format.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { scenarioOf, withScenario } from '../scenario-query.ts';
import { provenanceSchema } from '../schemas/provenance.ts';
import { scoreEdition } from '../scored.ts';
import { sendCached } from '../send-cached.ts';

/** The framework: pillars and indicators, each indicator with its effective weight in the index under the scenario. */
export const frameworkSchema = z
  .object({
    provenance: provenanceSchema,
    pillars: z.array(z.object(pillarSchema.shape).openapi('Pillar')),
    indicators: z.array(
      z.object({ ...indicatorSchema.shape, effectiveWeight: z.number().nullable() }).openapi('Indicator'),
    ),
  })
  .openapi('Framework');

const route = createRoute({
  method: 'get',
  path: '/framework',
  tags: ['Framework'],
  summary: 'Pillars and indicators with their weights',
  description:
    "`effectiveWeight` is an indicator's nominal share of the index under the scenario (null when excluded); CSV gives the indicators.",
  request: { query: withScenario({ format: formatSchema.optional() }) },
  responses: { ...cacheable(frameworkSchema, 'The framework of the edition'), ...problems(400, 422) },
});

/** GET /framework. */
export const framework = createRouter().openapi(route, (c) => {
  const scenario = scenarioOf(c);
  const fmt = formatOf(c, c.req.valid('query').format);
  return sendCached(c, `${editionKey}|framework|${scenarioHash(scenario)}|${fmt}`, () => {
    const result = scoreEdition(scenario);
    const weights = result.plan.effectiveWeights;
    const indicators = edition.indicators.map((indicator) => ({
      ...indicator,
      effectiveWeight: weights[indicator.id] ?? null,
    }));
    return representation(
      fmt,
      { provenance: result.provenance, pillars: edition.pillars, indicators },
      () => indicators,
    );
  });
});
