import { describeChecks, type ClaimCheck, type ClaimLine } from '@smartcities/core';
import type { Lang } from '../i18n/lang';
import { nameOfTable, type NameTable } from './name-table';

/** A checked claim ready to show (core's `ClaimLine`). */
export type ClaimRow = ClaimLine;

/** Checked claims as rows in a language, in their order (core's `describeChecks` with a table of names). */
export function claimRows(checks: readonly ClaimCheck[], lang: Lang, names: NameTable): ClaimRow[] {
  return describeChecks(checks, lang, nameOfTable(names)).lines;
}
