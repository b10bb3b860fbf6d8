import type { NameOf } from '@smartcities/core';
import type { NameTable } from '@smartcities/data/editions/2020';

export type { NameTable };

/** A name lookup over a table of names (the data's `claimNames`); an unknown id shows as itself. */
export function nameOfTable(table: NameTable): NameOf {
  return (kind, id) => table[kind][id] ?? id;
}
