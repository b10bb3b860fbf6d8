import { createRoute, z } from '@hono/zod-openapi';
import { describeChecks, evaluateClaims, scenarioHash } from '@smartcities/core';
import { reportPlaceSchema } from '@smartcities/data/schema';
import { edition, editionKey } from '../edition.ts';
import { formatOf, formatSchema } from '../format.ts';
import { representation } from '../representation.ts';
import { cacheable, problems } from '../responses.ts';
import { createRouter } from '../router.ts';
import { scenarioOf, withScenario } from '../scenario-query.ts';
import { provenanceSchema } from '../schemas/provenance.ts';
import { scoreEdition } from '../scored.ts';
import { sendCached } from '../send-cached.ts';

const statusSchema = z.enum(['holds', 'fails', 'not-applicable']).openapi('ClaimStatus');

/** One claim of the report checked under the scenario (core's ClaimLine). */
export const claimLineSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    text: z.string(),
    status: statusSchema,
    observed: z.record(z.string(), z.number().nullable()),
    place: z.object(reportPlaceSchema.shape).openapi('ReportPlace'),
    erratum: z.string().nullable(),
    reading: z.string().nullable(),
    ranking: z.string().nullable(),
  })
  .openapi('ClaimLine');

/** The report's claims checked under a scenario, with a tally. */
export const claimsSchema = z
  .object({
    provenance: provenanceSchema,
    lang: z.enum(['en', 'zh']),
    tally: z.object({ holds: z.number().int(), fails: z.number().int(), 'not-applicable': z.number().int() }),
    claims: z.array(claimLineSchema),
  })
  .openapi('Claims');

const route = createRoute({
  method: 'get',
  path: '/claims',
  tags: ['Report'],
  summary: "The report's quantitative statements, checked under a scenario",
  description:
    "Every ranking, leader, 'X above Y', tier and regional statement of the report as a typed claim, evaluated by core under the scenario: `holds`, `fails` or `not-applicable` (its ranking excluded), with what was observed and where the report makes it. Under the report's method every claim holds except those the report misprints (`erratum`). `lang` picks the language of `text` and `reading`.",
  request: {
    query: withScenario({
      lang: z
        .enum(['en', 'zh'])
        .optional()
        .openapi({ description: 'language of the sentences (default en)' }),
      format: formatSchema.optional(),
    }),
  },
  responses: { ...cacheable(claimsSchema, 'The checked claims'), ...problems(400) },
});

/** GET /claims. */
export const claims = createRouter().openapi(route, (c) => {
  const { lang = 'en', format } = c.req.valid('query');
  const scenario = scenarioOf(c);
  const fmt = formatOf(c, format);
  return sendCached(c, `${editionKey}|claims|${lang}|${scenarioHash(scenario)}|${fmt}`, () => {
    const result = scoreEdition(scenario);
    const { report, papers } = edition;
    const checks = evaluateClaims(result, report.claims, { groups: report.cityGroups, papers });
    const names = report.claimNames(lang);
    const { lines, tally } = describeChecks(checks, lang, (kind, id) => names[kind][id] ?? id);
    return representation(fmt, { provenance: result.provenance, lang, tally, claims: lines }, () =>
      lines.map(({ observed: _observed, ...line }) => line),
    );
  });
});
