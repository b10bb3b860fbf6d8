import { createRoute, z } from '@hono/zod-openapi';
import { didYouMean, indicatorProfile, scenarioHash, type ScoreResult } from '@smartcities/core';
import { edition, editionKey } from '../edition.ts';
import { formatOf, formatSchema } from '../format.ts';
import { ApiProblem } from '../problem.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { scenarioOf, withScenario } from '../scenario-query.ts';
import { indicatorProfileSchema } from '../schemas/indicator-profile.ts';
import { provenanceSchema } from '../schemas/provenance.ts';
import { scoreEdition } from '../scored.ts';
import { sendCached } from '../send-cached.ts';

/** Every indicator's profile under the scenario. */
export const indicatorsSchema = z
  .object({ provenance: provenanceSchema, indicators: z.array(indicatorProfileSchema) })
  .openapi('Indicators');

/** One indicator's profile under the scenario. */
export const indicatorDetailSchema = z
  .object({ provenance: provenanceSchema, indicator: indicatorProfileSchema })
  .openapi('IndicatorDetail');

const ids = edition.indicators.map((indicator) => indicator.id);

const profileOf = (result: ScoreResult, id: string) =>
  indicatorProfile(
    result,
    edition.dataset,
    id,
    edition.report.indicatorNotes.find((n) => n.id === id),
  )!;

/** The indicator with this id, or a 404 problem suggesting the closest id. */
function knownIndicator(id: string): string {
  if (ids.includes(id as (typeof ids)[number])) return id;
  const guess = didYouMean(id, ids);
  const hint = guess ? `; did you mean "${guess}"?` : '; GET /v1/indicators lists them';
  throw new ApiProblem(404, 'unknown-indicator', `no indicator "${id}" in edition ${edition.ref.id}${hint}`, {
    ...(guess ? { suggestion: guess } : {}),
  });
}

const listRoute = createRoute({
  method: 'get',
  path: '/indicators',
  tags: ['Framework'],
  summary: 'Every indicator: definition, sources, caveats, ranking and correlations',
  description:
    "Each indicator with the report's definition, sources and caveats (in our words, English and Chinese, each with its place in the report), its nominal and effective weight, median and range, the ranking of the cities and its Pearson correlation with its pillar and with the index under the scenario. CSV gives one row per indicator.",
  request: { query: withScenario({ format: formatSchema.optional() }) },
  responses: { ...cacheable(indicatorsSchema, 'Every indicator profile'), ...problems(400) },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/indicators/{id}',
  tags: ['Framework'],
  summary: "One indicator's profile under a scenario",
  description: 'CSV gives the ranking rows.',
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(100)
        .openapi({ param: { name: 'id', in: 'path' }, example: 'data-center' }),
    }),
    query: withScenario({ format: formatSchema.optional() }),
  },
  responses: { ...cacheable(indicatorDetailSchema, "The indicator's profile"), ...problems(400, 404) },
});

/** GET /indicators and GET /indicators/{id}. */
export const indicators = createRouter()
  .openapi(listRoute, (c) => {
    const scenario = scenarioOf(c);
    const fmt = formatOf(c, c.req.valid('query').format);
    return sendCached(c, `${editionKey}|indicators|${scenarioHash(scenario)}|${fmt}`, () => {
      const result = scoreEdition(scenario);
      const list = ids.map((id) => profileOf(result, id));
      return representation(fmt, { provenance: result.provenance, indicators: list }, () =>
        list.map(({ rows: _rows, note: _note, correlations, ...rest }) => ({
          ...rest,
          pillarR: correlations?.pillar.r ?? null,
          indexR: correlations?.index.r ?? null,
        })),
      );
    });
  })
  .openapi(oneRoute, (c) => {
    const id = knownIndicator(c.req.valid('param').id);
    const scenario = scenarioOf(c);
    const fmt = formatOf(c, c.req.valid('query').format);
    return sendCached(c, `${editionKey}|indicator|${id}|${scenarioHash(scenario)}|${fmt}`, () => {
      const result = scoreEdition(scenario);
      const indicator = profileOf(result, id);
      return representation(fmt, { provenance: result.provenance, indicator }, () => indicator.rows);
    });
  });
