import type { EditionRef, Indicator, Pillar } from '@smartcities/data/schema';
import { reputation } from './reputation.ts';
import type { ScoreResult } from './result.ts';
import { rankingRows } from './rows.ts';
import type { VerifiableEdition } from './verify/types.ts';

/** An edition with everything an export shows. */
export interface ExportableEdition extends VerifiableEdition {
  ref: EditionRef;
  pillars: readonly Pillar[];
  indicators: readonly Indicator[];
  values: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
}

/**
 * The dataset with its computed results, in the JSON shape other tools rely on: edition, cities,
 * pillars, indicators, values, the published table 2-6 with paper counts, errata, and results
 * (provenance, scenario, tier cut-offs, ranking rows with pillar scores, reputation).
 * @example exportDocument(edition2020, score(edition2020.dataset)).results.rows[0].city // 'london'
 */
export function exportDocument(edition: ExportableEdition, result: ScoreResult) {
  const rep = reputation(edition.papers, result);
  return {
    edition: edition.ref,
    cities: edition.cities,
    pillars: edition.pillars,
    indicators: edition.indicators,
    values: edition.values,
    published: { ...edition.published, reputation: { ...edition.published.reputation, papers: edition.papers } },
    errata: edition.errata,
    results: {
      provenance: result.provenance,
      scenario: result.scenario,
      tiers: { upper: result.tiers.upper, lower: result.tiers.lower },
      effectiveWeights: result.plan.effectiveWeights,
      rows: rankingRows(result, edition.dataset),
      reputation: { rows: rep.rows, total: rep.total, spearman: rep.spearman, kendall: rep.kendall },
    },
  };
}

/** The export document's JSON shape. */
export type ExportDocument = ReturnType<typeof exportDocument>;

/** A flat table for CSV files and spreadsheet sheets. */
export interface Sheet {
  name: string;
  rows: Record<string, string | number | boolean | null>[];
}

/**
 * The same export as flat tables (one per sheet or CSV file): results, values, framework,
 * reputation and errata. Numbers stay unrounded; missing values are null.
 */
export function exportSheets(edition: ExportableEdition, result: ScoreResult): Sheet[] {
  const doc = exportDocument(edition, result);
  const pillarIds = result.plan.children.get(result.tree.root)?.ids ?? [];
  const results = doc.results.rows.map((r) => ({
    rank: r.rank,
    city: r.city,
    name: r.name,
    score: r.score,
    tier: r.tier,
    ...Object.fromEntries(pillarIds.flatMap((p) => [[`${p}_score`, r.pillars[p]?.score ?? null], [`${p}_rank`, r.pillars[p]?.rank ?? null]])),
  }));
  const values = result.unitIds.map((city) => ({ city, ...Object.fromEntries(edition.indicators.map((i) => [i.id, edition.values[city]?.[i.id] ?? null])) }));
  const framework = edition.indicators.map((i) => ({ id: i.id, name: i.name, pillar: i.pillar, weight: i.weight, effective_weight: result.plan.effectiveWeights[i.id] ?? 0, source: i.source, direction: i.direction }));
  const rep = doc.results.reputation.rows.map((r) => ({ ...r }));
  const errata = doc.errata.map((e) => ({ id: e.id, kind: e.kind, table: e.table, row: e.row, column: e.column, printed: e.printed, correct: e.correct, evidence: e.evidence }));
  return [
    { name: 'results', rows: results },
    { name: 'values', rows: values },
    { name: 'framework', rows: framework },
    { name: 'reputation', rows: rep },
    { name: 'errata', rows: errata },
  ];
}
