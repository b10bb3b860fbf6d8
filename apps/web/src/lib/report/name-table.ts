import type { NameOf } from '@smartcities/core';

/** Display names for claim sentences, by kind and id: a plain object a page can send to the browser. */
export type NameTable = Record<'city' | 'node' | 'group' | 'tier', Record<string, string>>;

/** A name lookup over a table; an unknown id shows as itself. */
export function nameOfTable(table: NameTable): NameOf {
  return (kind, id) => table[kind][id] ?? id;
}
