import type { Published } from '../schema/index.ts';

/** What the cross-table checks read: the printed tables and text facts, the printed indicator values and the names. */
export interface ConsistencyInput {
  /** Canonical ids and English names of the units. */
  cities: readonly { id: string; name: string }[];
  /** Printed name variants → city id (a label that is neither a name nor an alias is reported as unknown). */
  aliases: Readonly<Record<string, string>>;
  /** Indicator ids per pillar id, the pillar tables' columns. */
  indicatorsByPillar: Readonly<Record<string, readonly string[]>>;
  /** Printed indicator values, `values[city][indicator]`. */
  values: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  published: Published;
}
