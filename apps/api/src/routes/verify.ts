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
  summary: 'The printed results recomputed and compared',
  description:
    "The report's own method recomputes each printed result cell (scores, ranks, tiers, labels, table 2-6 ranks and the text's claims; the indicator values and paper counts themselves are not checked): `pass` within tolerance, `explained` by an erratum whose correct value the engine reproduces, `fail` otherwise. CSV gives the cells.",
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
