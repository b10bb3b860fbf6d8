import { indicatorProfile, type ScoreResult } from '@smartcities/core';
import type { Dataset } from '@smartcities/data/schema';
import type { ViewRow } from '../ranking/view-row';
import { viewRows } from '../ranking/view-rows';

/**
 * The index ranking rows with one cell per indicator instead of per pillar: the value as in the
 * data (`score`) and the city's rank on that indicator, both from core's indicator profiles.
 */
export function heatmapRows(
  result: ScoreResult,
  dataset: Dataset,
  indicatorIds: readonly string[],
  namesZh: Readonly<Record<string, string>> = {},
): ViewRow[] {
  const profiles = indicatorIds.map((id) => indicatorProfile(result, dataset, id)!);
  const cells = (city: string) =>
    Object.fromEntries(
      profiles.map((p) => {
        const row = p.rows.find((r) => r.city === city);
        return [p.id, { score: row?.value ?? null, rank: row?.rank ?? null }];
      }),
    );
  return viewRows(result, dataset, { namesZh }).map((row) => ({ ...row, pillars: cells(row.city) }));
}

/** The background share of a cell (0 to 50%) for a value on the 0-100 scale; none when missing. */
export function heat(value: number | null): string {
  if (value === null) return 'transparent';
  const share = Math.round(Math.max(0, Math.min(100, value)) / 2);
  return `color-mix(in srgb, var(--accent) ${share}%, transparent)`;
}
