import { createRoute, z } from '@hono/zod-openapi';
import {
  defaultBaseline,
  flatRankingRow,
  printedOption,
  rankingRows,
  rowsInGroup,
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
  group: z.string().optional().openapi({
    description:
      'only the cities of one group (developed, developing, or a UN M49 region: europe, americas, asia, africa, oceania), each row with its rank within the group',
    example: 'developing',
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

/** The members of a group of cities, or undefined for none; 400 for an unknown group. */
function groupMembers(group: string | undefined): readonly string[] | undefined {
  if (group === undefined) return undefined;
  const members = edition.report.cityGroups[group];
  if (members) return members;
  const detail = unknownName('group', group, Object.keys(edition.report.cityGroups));
  throw new ApiProblem(400, 'invalid-parameters', detail, {
    errors: [{ path: '?group', message: detail, code: 'unknown-group' }],
  });
}

/** GET /rankings: cached per (edition, pillar, scenario hash, format). */
export const rankings = createRouter().openapi(route, (c) => {
  const { pillar, format, group } = c.req.valid('query');
  const members = groupMembers(group);
  const scenario = scenarioOf(c);
  const fmt = formatOf(c, format);
  return sendCached(
    c,
    `${editionKey}|rankings|${pillar ?? ''}|${group ?? ''}|${scenarioHash(scenario)}|${fmt}`,
    () => {
      const result = scoreEdition(scenario);
      const node = rankedNode(result, pillar);
      const all = rankingRows(result, edition.dataset, {
        node,
        ...defaultBaseline(result, edition.dataset),
        ...printedOption(result, edition),
      });
      const rows = members ? rowsInGroup(result, all, node, members) : all;
      const data = result.data && { data: result.data };
      return representation(fmt, { provenance: result.provenance, rows, ...data }, () =>
        rows.map(flatRankingRow),
      );
    },
  );
});
