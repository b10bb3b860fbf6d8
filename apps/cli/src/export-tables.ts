import { rankingRows, reputation, type ScoreResult } from '@smartcities/core/engine';
import type { Edition2020 } from '@smartcities/data/editions/2020';

/**
 * The dataset with its computed results, as `export --format json` writes it: the edition, its
 * cities, pillars, indicators and values, the printed tables (with the papers per city behind
 * table 2-6), the errata, and the results of the scenario (ranking rows, tier cut-offs,
 * effective weights, reputation). Kept in this one file until core offers `exportTables`.
 */
export function exportTables(edition: Edition2020, result: ScoreResult) {
  const rep = reputation(edition.papers, result);
  return {
    edition: edition.ref,
    cities: edition.cities,
    pillars: edition.pillars,
    indicators: edition.indicators,
    values: edition.values,
    published: { ...edition.published, papers: edition.papers },
    errata: edition.errata,
    results: {
      provenance: result.provenance,
      scenario: result.scenario,
      tiers: { upper: result.tiers.upper, lower: result.tiers.lower },
      effectiveWeights: result.plan.effectiveWeights,
      rows: rankingRows(result, edition.dataset),
      reputation: { total: rep.total, spearman: rep.spearman, kendall: rep.kendall, rows: rep.rows },
    },
  };
}

/** What `exportTables` returns. */
export type ExportTables = ReturnType<typeof exportTables>;
