import type { City, Dataset, Erratum, Papers, Published } from '@smartcities/data/schema';

/** What replication needs from an edition: its inputs, what it printed, and its errata. */
export interface VerifiableEdition {
  dataset: Dataset;
  cities: readonly City[];
  papers: Papers;
  published: Published;
  errata: readonly Erratum[];
  /** Printed variants of city names and the city each one means (e.g. "Bombay" → mumbai). */
  aliases?: Readonly<Record<string, string>>;
}

/**
 * exact: recomputed and rounded as the report rounds, it equals the printed digits;
 * rounding: it differs, by no more than the rounding of the one-decimal inputs can cause (`bound`);
 * erratum: an erratum says why, and its correction is what the engine computes;
 * failed: anything else.
 */
export type CellStatus = 'exact' | 'rounding' | 'erratum' | 'failed';

/** One printed cell checked against the engine. */
export interface VerifiedCell {
  table: string;
  /** 1-based body row of the table, or the line of the report text for prose claims. */
  row: number;
  column: string;
  city?: string;
  published: number | string;
  /** The engine's value, rounded as the report rounds that cell. */
  computed: number | string;
  /** The engine's value before rounding (score cells only). */
  unrounded?: number;
  /**
   * The most the rounding of the printed inputs can move this cell (a score's bound from its
   * weights and the rescaling, 0 for inputs, counts and ranks); null for names and prose.
   */
  bound: number | null;
  status: CellStatus;
  erratum?: string;
}

/** How many cells got each status. */
export interface StatusCounts {
  cells: number;
  exact: number;
  rounding: number;
  erratum: number;
  failed: number;
}

/**
 * The replication report: every number the report prints in its tables, once (`rows`, counted in
 * `summary`), and apart from them the name strings, the second printing of the pillar scores in
 * the overall table, the printed total and the prose's claims (`other`).
 */
export interface Verification {
  summary: StatusCounts;
  rows: VerifiedCell[];
  other: { summary: StatusCounts; rows: VerifiedCell[] };
}
