import type { ConsistencyInput } from '../../consistency/index.ts';
import { printedAliases } from './aliases.ts';
import { cities } from './cities.ts';
import { indicatorIdsByPillar } from './ids.ts';
import { published } from './published.ts';
import { values } from './values.ts';

/** The 2020 report's printed tables, values, names and text facts, ready for `checkConsistency`. */
export const consistencyInput2020: ConsistencyInput = {
  cities,
  aliases: printedAliases,
  indicatorsByPillar: indicatorIdsByPillar,
  values,
  published,
};
