import { createRoute, z } from '@hono/zod-openapi';
import {
  defaultBaseline,
  flatRankingRow,
  printedOption,
  rankingRows,
  scenarioHash,
  unknownName,
  type ScoreResult,
} from '@smartcities/core';
import { edition, editionKey } from '../edition.ts';
import { formatOf, formatSchema } from '../format.ts';
import { ApiProblem } from '../problem.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { scenarioOf, withScenario } from '../scenario-query.ts';
import { rankingSchema } from '../schemas/ranking.ts';
import { scoreEdition } from '../scored.ts';
import { sendCached } from '../send-cached.ts';

const query = withScenario({
  pillar: z.string().optional().openapi({
    description: 'rank by this pillar (or any aggregate) instead of the index',
    example: 'economy',
  }),
  format: formatSchema.optional(),
});

const route = createRoute({
  method: 'get',
  path: '/rankings',
  tags: ['Rankings'],
  summary: 'The ranking under a scenario',
  description:
    "The index (or one pillar) ranked under the scenario given in the query, best first, unrounded: the same rows and numbers as the CLI's `rank --format json`. Under any scenario but the report's, each row has `change`: places gained (+) or lost (-) against the report's method. Under the report's method only, each row has `published`: the figures the report prints (score, rank, and for the index the tier and pillar scores), with `notes` naming each figure whose recomputed digits differ and why (input rounding, with its bound, or an erratum).",
  request: { query },
  responses: { ...cacheable(rankingSchema, 'The ranking with its provenance'), ...problems(400, 422) },
});

/** The aggregate to rank by: the index by default; 400 for an unknown or excluded node. */
export function rankedNode(result: ScoreResult, pillar: string | undefined): string {
  if (pillar === undefined) return result.tree.root;
  if (result.plan.aggregates.includes(pillar)) return pillar;
  const known = result.plan.aggregates;
  const detail = result.tree.nodes.has(pillar)
    ? `"${pillar}" is not an aggregate ranked under this scenario (excluded, or an indicator)`
    : unknownName('pillar', pillar, known);
  throw new ApiProblem(400, 'invalid-parameters', detail, {
    errors: [{ path: '?pillar', message: detail, code: 'unknown-pillar' }],
  });
}

/** GET /rankings: cached per (edition, pillar, scenario hash, format). */
export const rankings = createRouter().openapi(route, (c) => {
  const { pillar, format } = c.req.valid('query');
  const scenario = scenarioOf(c);
  const fmt = formatOf(c, format);
  return sendCached(c, `${editionKey}|rankings|${pillar ?? ''}|${scenarioHash(scenario)}|${fmt}`, () => {
    const result = scoreEdition(scenario);
    const rows = rankingRows(result, edition.dataset, {
      node: rankedNode(result, pillar),
      ...defaultBaseline(result, edition.dataset),
      ...printedOption(result, edition),
    });
    const data = result.data && { data: result.data };
    return representation(fmt, { provenance: result.provenance, rows, ...data }, () =>
      rows.map(flatRankingRow),
    );
  });
});
