import { createRoute, z } from '@hono/zod-openapi';
import { scenarioHash, tierNames, type TierName } from '@smartcities/core';
import type { Target } from '@smartcities/core/analysis';
import { editionKey } from '../edition.ts';
import { findCity } from '../find-city.ts';
import { formatOf, formatSchema } from '../format.ts';
import { ApiProblem } from '../problem.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { scenarioOf, withScenario } from '../scenario-query.ts';
import { JOB_BUDGET_MS } from '../limits.ts';
import { whatItTakesSchema } from '../schemas/what-it-takes.ts';
import { scoreEdition } from '../scored.ts';
import { sendCached } from '../send-cached.ts';
import { cityParams } from './city.ts';

const query = withScenario({
  rank: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'rank must be a whole number of 1 or more')
    .optional()
    .openapi({ description: 'the rank to reach (or better)', example: '5' }),
  tier: z.enum(tierNames).optional().openapi({ description: 'the tier to reach (or better)' }),
  format: formatSchema.optional(),
});

const route = createRoute({
  method: 'get',
  path: '/cities/{id}/what-it-takes',
  tags: ['Analysis'],
  summary: 'The smallest improvement that reaches a rank or tier',
  description: `Per indicator alone, and the cheapest combination, in raw points; every answer re-scored and verified. Give exactly one of \`rank\` and \`tier\`. CSV gives the per-indicator answers. Computed in a worker within a time budget of ${JOB_BUDGET_MS} ms (503 past it, or when the queue is full), then cached.`,
  request: { params: cityParams, query },
  responses: { ...cacheable(whatItTakesSchema, 'What it takes'), ...problems(400, 404, 422, 503) },
});

/** The target from the query: exactly one of ?rank and ?tier. */
function targetOf(rank: string | undefined, tier: TierName | undefined): Target {
  if ((rank === undefined) === (tier === undefined)) {
    const message = 'give exactly one of ?rank (e.g. rank=5) and ?tier (leading, advanced or following)';
    throw new ApiProblem(400, 'invalid-parameters', message, {
      errors: [{ path: rank === undefined ? '?rank' : '?tier', message, code: 'target' }],
    });
  }
  return rank !== undefined ? { rank: Number(rank) } : { tier: tier! };
}

/** GET /cities/{id}/what-it-takes: in the app's executor, cached per (edition, city, target, scenario hash, format). */
export const whatItTakes = createRouter().openapi(route, (c) => {
  const id = findCity(c.req.valid('param').id).id;
  const { rank, tier, format } = c.req.valid('query');
  const target = targetOf(rank, tier);
  const scenario = scenarioOf(c);
  scoreEdition(scenario);
  const fmt = formatOf(c, format);
  const key = `${editionKey}|what-it-takes|${id}|${JSON.stringify(target)}|${scenarioHash(scenario)}|${fmt}`;
  return sendCached(c, key, () =>
    c.var.executor.run('what-it-takes', { scenario, city: id, target, format: fmt }),
  );
});
