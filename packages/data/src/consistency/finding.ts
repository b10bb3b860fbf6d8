import type { ErratumKind, PrintedValue, TableId } from '../schema/index.ts';

/** One contradiction between printed cells: where it is, what is printed, what is right, and why. */
export interface Finding {
  id: string;
  kind: ErratumKind;
  table: TableId;
  row: number;
  column: string;
  printed: PrintedValue;
  correct: PrintedValue;
  city?: string;
  message: string;
}

/** The stable id of a printed cell, shared by findings and errata: `E-<table>-r<row>-<column>` (`l<line>` for text). */
export function findingId(table: TableId, row: number, column: string): string {
  return `E-${table}-${table === 'text' ? 'l' : 'r'}${row}-${column}`;
}

/** Builds a finding, deriving its id from the cell. */
export function finding(fields: Omit<Finding, 'id'>): Finding {
  return { id: findingId(fields.table, fields.row, fields.column), ...fields };
}

/** Whether two printed numbers differ by more than the tolerance (with room for binary noise). */
export function differs(printed: number, expected: number, tolerance: number): boolean {
  return Math.abs(printed - expected) > tolerance + 1e-9;
}

/** Printed one-decimal figures may differ from values recomputed from other one-decimal figures by this much. */
export const printedTolerance = 0.1;
