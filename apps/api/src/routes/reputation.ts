import { createRoute, z } from '@hono/zod-openapi';
import { printedReputation, reputation as compare, scenarioHash } from '@smartcities/core';
import { edition, editionKey } from '../edition.ts';
import { formatOf, formatSchema } from '../format.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { scenarioOf, withScenario } from '../scenario-query.ts';
import { provenanceSchema } from '../schemas/provenance.ts';
import { publishedNoteSchema } from '../schemas/ranking.ts';
import { scoreEdition } from '../scored.ts';
import { sendCached } from '../send-cached.ts';

const nullableNumber = z.number().nullable();

/** Table 2-6 as the report prints it for one city, under the report's method only (core's PublishedReputation). */
const publishedReputationSchema = z
  .object({
    papers: z.number(),
    reputationRank: z.number(),
    smartCityRank: z.number(),
    difference: z.number(),
    notes: z.array(publishedNoteSchema),
  })
  .openapi('PublishedReputation');

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
          published: publishedReputationSchema.optional(),
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
    "A reference index, never part of the total: cities ranked by Web of Science papers and compared with their index rank under the scenario, with Spearman and Kendall rank correlations. Under the report's method only, each row has `published`: table 2-6 as printed, with `notes` naming each figure the recomputation gives otherwise and the erratum that explains it (CSV: `published_*` columns).",
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
    const { published } = printedReputation(result, edition);
    const rows = table.rows.map((row) => ({ ...row, ...(published && { published: published[row.city] }) }));
    return representation(fmt, { provenance: result.provenance, ...table, rows }, () =>
      rows.map(({ published: p, ...row }) => ({ ...row, ...(p && printedColumns(p)) })),
    );
  });
});

/** A row's printed figures as flat CSV columns (the notes stay in JSON). */
function printedColumns(p: NonNullable<z.infer<typeof publishedReputationSchema>>) {
  return {
    published_papers: p.papers,
    published_reputationRank: p.reputationRank,
    published_smartCityRank: p.smartCityRank,
    published_difference: p.difference,
  };
}
