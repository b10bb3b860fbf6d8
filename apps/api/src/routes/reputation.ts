import { createRoute, z } from '@hono/zod-openapi';
import { reputation as compare, scenarioHash } from '@smartcities/core';
import { edition, editionKey } from '../edition.ts';
import { formatOf, formatSchema } from '../format.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { scenarioOf, withScenario } from '../scenario-query.ts';
import { provenanceSchema } from '../schemas/provenance.ts';
import { scoreEdition } from '../scored.ts';
import { sendCached } from '../send-cached.ts';

const nullableNumber = z.number().nullable();

/** The "+1" smart reputation reference index (table 2-6 recomputed) against the index under a scenario. */
export const reputationSchema = z
  .object({
    provenance: provenanceSchema,
    rows: z.array(
      z
        .object({
          city: z.string(),
          papers: nullableNumber,
          reputationRank: nullableNumber,
          smartRank: nullableNumber,
          difference: nullableNumber,
        })
        .openapi('ReputationRow'),
    ),
    total: z.number(),
    spearman: nullableNumber,
    kendall: nullableNumber,
  })
  .openapi('Reputation');

const route = createRoute({
  method: 'get',
  path: '/reputation',
  tags: ['Rankings'],
  summary: 'Smart reputation: papers per city against the smart city rank',
  description:
    'A reference index, never part of the total: cities ranked by Web of Science papers and compared with their index rank under the scenario, with Spearman and Kendall rank correlations.',
  request: { query: withScenario({ format: formatSchema.optional() }) },
  responses: {
    ...cacheable(reputationSchema, 'The reputation rows and correlations'),
    ...problems(400, 422),
  },
});

/** GET /reputation. */
export const reputation = createRouter().openapi(route, (c) => {
  const scenario = scenarioOf(c);
  const fmt = formatOf(c, c.req.valid('query').format);
  return sendCached(c, `${editionKey}|reputation|${scenarioHash(scenario)}|${fmt}`, () => {
    const result = scoreEdition(scenario);
    const table = compare(edition.papers, result);
    return representation(fmt, { provenance: result.provenance, ...table }, () => table.rows);
  });
});
