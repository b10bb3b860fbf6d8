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

/** pass: printed equals computed (scores within the tolerance); explained: an erratum says why not. */
export type CellStatus = 'pass' | 'explained' | 'fail';

/** One published cell checked against the engine. */
export interface VerifiedCell {
  table: string;
  /** 1-based body row of the table, or the line of the report text for prose claims. */
  row: number;
  column: string;
  city?: string;
  printed: number | string;
  computed: number | string;
  /** computed - printed for numbers; null for labels and tiers. */
  difference: number | null;
  status: CellStatus;
  erratum?: string;
}

/** The replication report: every checked published cell (results, not inputs) and how it compares. */
export interface Verification {
  cells: number;
  passed: number;
  explained: number;
  failed: number;
  rows: VerifiedCell[];
}
