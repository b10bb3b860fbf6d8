import type { VerifyContext } from './context.ts';
import { judgeExact } from './judge.ts';
import type { VerifiedCell } from './types.ts';

/** A printed row's city label, as the tables give it (the city already resolved from it). */
export interface PrintedLabel {
  row: VerifiedCell['row'];
  label: string;
  city: string;
  errata?: { label?: string };
}

/** Judges a printed city label against the edition's name of the city it stands for. */
export function judgeLabel(
  ctx: VerifyContext,
  table: VerifiedCell['table'],
  printed: PrintedLabel,
): VerifiedCell {
  const { row, label, city, errata = {} } = printed;
  const computed = ctx.names.get(city) ?? city;
  return judgeExact(
    { table, row, column: 'label', city, published: label, computed, erratum: errata.label },
    ctx.errata,
  );
}
