import { z } from '@hono/zod-openapi';
import { provenanceSchema } from './provenance.ts';
import { tierOrNull, tierSchema } from './ranking.ts';

/** Where a city stands: index score, rank and tier. */
export const standingSchema = z
  .object({ score: z.number().nullable(), rank: z.number().nullable(), tier: tierOrNull })
  .openapi('Standing');

const change = z.object({ indicator: z.string(), points: z.number(), value: z.number() });

/** What it takes for a city to reach a rank or tier (core's whatItTakes), under the scenario. */
export const whatItTakesSchema = z
  .object({
    provenance: provenanceSchema,
    city: z.string(),
    target: z.union([z.object({ rank: z.number().int() }), z.object({ tier: tierSchema })]),
    current: standingSchema,
    already: z.boolean(),
    step: z.number(),
    single: z.array(
      z
        .object({
          indicator: z.string(),
          current: z.number().nullable(),
          best: z.number(),
          status: z.enum(['reached', 'unreachable']),
          reason: z.string().optional(),
          points: z.number().nullable(),
          value: z.number().nullable(),
          achieved: z.union([standingSchema, z.null()]),
          verified: z.boolean(),
        })
        .openapi('SingleAnswer'),
    ),
    combination: z
      .object({
        status: z.enum(['reached', 'unreachable']),
        total: z.number().nullable(),
        changes: z.array(change),
        order: z.array(z.string()),
        achieved: z.union([standingSchema, z.null()]),
        verified: z.boolean(),
        optimal: z.boolean(),
      })
      .nullable()
      .openapi('CombinationAnswer'),
  })
  .openapi('WhatItTakes');
