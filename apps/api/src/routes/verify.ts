import { createRoute } from '@hono/zod-openapi';
import { verify as replicate } from '@smartcities/core';
import { printedAliases } from '@smartcities/data/editions/2020';
import { edition, editionKey } from '../edition.ts';
import { formatOf, formatSchema } from '../format.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { strictQuery } from '../scenario-query.ts';
import { verificationSchema } from '../schemas/verification.ts';
import { sendCached } from '../send-cached.ts';

const route = createRoute({
  method: 'get',
  path: '/verify',
  tags: ['Replication'],
  summary: 'Every printed number recomputed and given a status',
  description:
    "The report's own method recomputes each of the report's printed numbers (`rows`, each once): `exact` when rounded half up it shows the printed digits, `rounding` when it differs by no more than the rounding of the one-decimal inputs can cause (`bound`), `erratum` when a recorded erratum explains it, `failed` otherwise. Names, the second printing of the pillar scores and the prose's claims are under `other`. CSV gives the printed numbers.",
  request: { query: strictQuery({ format: formatSchema.optional() }) },
  responses: { ...cacheable(verificationSchema, 'The replication report'), ...problems(400) },
});

/** GET /verify. */
export const verify = createRouter().openapi(route, (c) => {
  const fmt = formatOf(c, c.req.valid('query').format);
  return sendCached(c, `${editionKey}|verify|${fmt}`, () => {
    const report = replicate({ ...edition, aliases: printedAliases });
    return representation(fmt, { edition: edition.ref.id, ...report }, () => report.rows);
  });
});
