import type { TierName } from '@smartcities/core';
import { formatScore } from '../format';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/t';
import { localName, type Named } from '../i18n/local-name';
import type { ViewRow } from '../ranking/view-row';
import type { HeatCell } from './pillar-heatmap';
import type { RankingDot } from './ranking-dots';

/** A pillar's name without the "Smart" that every pillar shares, for narrow chart axes. */
export function shortPillarName(pillar: Named, lang: Lang): string {
  const name = localName(pillar, lang);
  const short = name.replace(/^Smart\s+/i, '').replace(/^智慧/, '');
  return short ? short[0]!.toUpperCase() + short.slice(1) : name;
}

/** Ranked rows as dots of the ranking chart; a row without a rank interval spans its own rank. */
export function rankingDotsFrom(rows: readonly ViewRow[], lang: Lang): RankingDot[] {
  return rows
    .filter((row) => row.rank !== null)
    .map((row) => ({
      city: row.city,
      label: localName({ id: row.city, ...row }, lang),
      rank: row.rank!,
      low: row.interval?.low ?? row.rank!,
      high: row.interval?.high ?? row.rank!,
      ...dotTier(row, lang),
    }));
}

/**
 * A dot's tier: the printed one where the row carries it (the report's method), with the
 * recomputed tier named in the tooltip where they differ (an erratum); the computed one otherwise.
 */
function dotTier(row: ViewRow, lang: Lang): Pick<RankingDot, 'tier' | 'detail'> {
  const note = row.published?.notes.find((n) => n.field === 'tier');
  const tier = (row.published?.tier as TierName | undefined) ?? row.tier;
  if (!note || !tier) return { tier };
  const name = (v: unknown) => t(lang, `tier.${v as TierName}`);
  return {
    tier,
    detail: t(lang, 'chart.printedCell', { printed: name(tier), computed: name(note.computed) }),
  };
}

/** Ranked rows as heatmap cells, cities in ranking order and pillars in framework order. */
export function heatmapFrom(rows: readonly ViewRow[], pillars: readonly Named[], lang: Lang) {
  const cities = rows.map((row) => localName({ id: row.city, ...row }, lang));
  const names = pillars.map((p) => shortPillarName(p, lang));
  const cells: HeatCell[] = rows.flatMap((row, r) =>
    pillars.map((p, i) => ({ city: cities[r]!, pillar: names[i]!, ...heatLabel(row, p.id, lang) })),
  );
  return { cells, cities, pillars: names };
}

/**
 * A cell's score (its shade, computed) and its label: the printed digits where the row carries
 * them (the report's method), marked "*" with the recomputed value in the title where they differ.
 */
function heatLabel(row: ViewRow, pillar: string, lang: Lang): Omit<HeatCell, 'city' | 'pillar'> {
  const score = row.pillars[pillar]?.score ?? null;
  const printed = row.published?.pillars?.[pillar];
  const note = row.published?.notes.find((n) => n.field === `pillars.${pillar}`);
  const shown = formatScore(printed ?? score);
  if (!note) return { score, label: shown, detail: shown };
  const vars = { printed: shown, computed: formatScore(Number(note.computed)) };
  return { score, label: `${shown}*`, detail: t(lang, 'chart.printedCell', vars) };
}
