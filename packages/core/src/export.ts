import type { EditionRef, Indicator, Pillar, Source } from '@smartcities/data/schema';
import { frameworkSheet } from '@smartcities/data/write';
import { exportedSource, sourceSheetRows } from './export-source.ts';
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
  /** The report the edition reproduces; named in every export when given. */
  source?: Source;
}

/**
 * The dataset with its computed results, in the JSON shape other tools rely on: edition, source, cities,
 * pillars, indicators, values, the published table 2-6 with paper counts, errata, results
 * (provenance, scenario, tier cut-offs, ranking rows with pillar scores, reputation) and the
 * framework as the upload layout's rows, so that the export uploads back to the same dataset.
 * @example exportDocument(edition2020, score(edition2020.dataset)).results.rows[0].city // 'london'
 */
export function exportDocument(edition: ExportableEdition, result: ScoreResult) {
  const rep = reputation(edition.papers, result);
  return {
    edition: edition.ref,
    ...(edition.source ? { source: exportedSource(edition.source) } : {}),
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
      reputation: { rows: rep.rows, total: rep.total, spearman: rep.spearman, kendall: rep.kendall },
    },
    framework: frameworkSheet(edition.dataset.framework).rows,
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
 * The same export as flat tables (one per sheet or CSV file): `results` (one row per city: identity,
 * every indicator value, every pillar score, the index score, rank, tier and papers), then
 * `indicators`, `pillars`, `reputation`, `errata`, when the edition names it `source` (a
 * metadata sheet), and `framework` (the upload layout's framework sheet, read back on upload).
 * Numbers stay unrounded; missing values are null.
 */
export function exportSheets(edition: ExportableEdition, result: ScoreResult): Sheet[] {
  const doc = exportDocument(edition, result);
  const byCity = new Map(doc.results.rows.map((r) => [r.city, r]));
  const pillars = edition.pillars.filter((p) => p.inTotal);
  const results = edition.cities.map((c) => {
    const row = byCity.get(c.id);
    return {
      id: c.id,
      name: c.name,
      nameZh: c.nameZh,
      country: c.country,
      region: c.region,
      lat: c.lat,
      lon: c.lon,
      ...Object.fromEntries(edition.indicators.map((i) => [i.id, edition.values[c.id]?.[i.id] ?? null])),
      ...Object.fromEntries(pillars.map((p) => [p.id, row?.pillars[p.id]?.score ?? null])),
      score: row?.score ?? null,
      rank: row?.rank ?? null,
      tier: row?.tier ?? null,
      papers: edition.papers[c.id] ?? null,
    };
  });
  const pick = <T extends object>(rows: readonly T[], keys: readonly (keyof T & string)[]) =>
    rows.map((r) =>
      Object.fromEntries(keys.map((k) => [k, (r[k] ?? null) as string | number | boolean | null])),
    );
  return [
    { name: 'results', rows: results },
    {
      name: 'indicators',
      rows: pick(edition.indicators, [
        'id',
        'name',
        'pillar',
        'weight',
        'direction',
        'source',
        'measures',
      ]).map((r) => ({ ...r, effective_weight: result.plan.effectiveWeights[r.id as string] ?? 0 })),
    },
    {
      name: 'pillars',
      rows: pick(edition.pillars, ['id', 'name', 'nameZh', 'weight', 'inTotal', 'description']),
    },
    {
      name: 'reputation',
      rows: pick(doc.results.reputation.rows, [
        'city',
        'papers',
        'reputationRank',
        'smartRank',
        'difference',
      ]),
    },
    {
      name: 'errata',
      rows: pick(doc.errata, [
        'id',
        'kind',
        'table',
        'row',
        'column',
        'printed',
        'correct',
        'city',
        'evidence',
      ]),
    },
    ...(edition.source ? [{ name: 'source', rows: sourceSheetRows(edition.source) }] : []),
    { name: 'framework', rows: frameworkSheet(edition.dataset.framework).rows },
  ];
}
