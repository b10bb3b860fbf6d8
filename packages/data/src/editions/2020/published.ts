import type { Published } from '../../schema/index.ts';
import { overall } from './published/overall.ts';
import { pillarTables } from './published/pillar-tables.ts';
import { reputation } from './published/reputation.ts';
import { proseFacts } from './published/prose-facts.ts';
import { nameMentions, rankClaims } from './published/text.ts';

/**
 * What the report prints, kept apart from the inputs and used only to verify the engine: the
 * overall table with its tier rule, tables 2-1 to 2-5 (scores and ranks), table 2-6, and the
 * prose's rank claims, non-canonical city names and checkable facts. Corrected cells name their erratum.
 */
export const published: Published = {
  overall,
  pillars: [...pillarTables],
  reputation,
  text: { rankClaims: [...rankClaims], nameMentions: [...nameMentions], proseFacts: [...proseFacts] },
};
