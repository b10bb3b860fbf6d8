import { z } from '@hono/zod-openapi';
import { tierNames } from '@smartcities/core';
import { provenanceSchema } from './provenance.ts';

const parts = z.record(z.string(), z.number());
const cutoffs = z.object({ upper: z.number(), lower: z.number() });
const pass = z
  .object({
    city: z.string(),
    components: parts.openapi({
      description:
        "per component, this city's contribution minus the other's (adds up to the change of the gap)",
    }),
  })
  .openapi('Pass');

/** One city's explanation (core's explainJson row). */
export const explainRowSchema = z
  .object({
    city: z.string(),
    from: z.number().nullable(),
    to: z.number().nullable(),
    change: z.number().nullable(),
    rankFrom: z.number().nullable(),
    rankTo: z.number().nullable(),
    contributions: parts.nullable().openapi({
      description:
        'Shapley value of every component; they add up to `change` (0 exactly where a component does not differ)',
    }),
    byIndicator: parts.nullable().openapi({
      description:
        "where both sides aggregate arithmetically: each indicator's part (score, weight and rescaling terms), adding up to `change`",
    }),
    byPillar: parts.nullable(),
    passed: z.array(pass),
    passedBy: z.array(pass),
    tierFrom: z.enum(tierNames).nullable(),
    tierTo: z.enum(tierNames).nullable(),
    tierCrossings: z.array(
      z.object({
        threshold: z.enum(['upper', 'lower']),
        thresholdFrom: z.number(),
        thresholdTo: z.number(),
        cause: z.enum(['score', 'threshold', 'both']),
      }),
    ),
  })
  .openapi('ExplainRow');

/** Why the cities moved between two scenarios. */
export const explainSchema = z
  .object({
    provenance: z.object({ from: provenanceSchema, to: provenanceSchema }),
    components: z.array(z.string()),
    differing: z.array(z.string()),
    scorings: z.number().int(),
    cutoffs: z.object({ from: cutoffs, to: cutoffs }),
    rows: z.array(explainRowSchema),
  })
  .openapi('Explanation');
