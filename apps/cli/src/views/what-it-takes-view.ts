import type { Provenance } from '@smartcities/core/engine';
import type {
  CombinationAnswer,
  SingleAnswer,
  Standing,
  Target,
  WhatItTakes,
} from '@smartcities/core/analysis';
import { table, type Column, type View } from '../output/view.ts';
import { provenanceLine } from './provenance.ts';
import { fixed } from './show.ts';

type Answer = Extract<WhatItTakes, { ok: true }>;

const standing = (s: Standing | null) =>
  s ? `rank ${s.rank}, ${s.tier ?? 'no tier'}, score ${fixed()(s.score)}` : '–';
const targetText = (t: Target) => ('rank' in t ? `rank ${t.rank} or better` : `the ${t.tier} tier or better`);
const points = (v: unknown) => (typeof v === 'number' ? String(v) : '–');

function columns(names: ReadonlyMap<string, string>): Column<SingleAnswer>[] {
  return [
    { key: 'indicator', header: 'indicator', only: 'csv' },
    { key: 'name', header: 'Indicator', only: 'table', value: (r) => names.get(r.indicator) ?? r.indicator },
    { key: 'current', header: 'Now', align: 'right', show: points },
    { key: 'best', header: 'Best', align: 'right', show: points },
    { key: 'points', header: 'Points', align: 'right', show: points },
    { key: 'value', header: 'New value', align: 'right', show: points },
    { key: 'achievedRank', header: 'Rank', align: 'right', value: (r) => r.achieved?.rank },
    { key: 'achievedTier', header: 'Tier', value: (r) => r.achieved?.tier },
    { key: 'status', header: 'status', only: 'csv' },
    {
      key: 'reason',
      header: 'Alone',
      only: 'table',
      value: (r) => (r.status === 'reached' ? 'reaches it' : r.reason),
    },
    { key: 'reason', header: 'reason', only: 'csv' },
    { key: 'verified', header: 'verified', only: 'csv' },
  ];
}

function combinationText(c: CombinationAnswer | null, names: ReadonlyMap<string, string>): string {
  if (!c) return '';
  if (c.status === 'unreachable')
    return 'No combination of indicator improvements reaches the target, even with every indicator at its best value.';
  const changes = c.changes
    .map((ch) => `${names.get(ch.indicator) ?? ch.indicator} +${ch.points} (to ${ch.value})`)
    .join(', ');
  const how = c.optimal
    ? 'This is provably the least total for this linear scenario.'
    : 'Spent greedily by gain per point and verified by re-scoring.';
  return `Cheapest combination found: ${c.total} points in total: ${changes}; reaches ${standing(c.achieved)}. ${how}`;
}

/** What a city needs to reach a rank or tier: each indicator alone, and the cheapest mix. */
export function whatItTakesView(
  answer: Answer,
  cityName: string,
  names: ReadonlyMap<string, string>,
  provenance: Provenance,
): View {
  const headline = `${cityName} now: ${standing(answer.current)}. Target: ${targetText(answer.target)}.`;
  const json = { provenance, ...answer };
  if (answer.already) return { json, blocks: [`${headline} Already there.`, provenanceLine(provenance)] };
  const singles = table({
    title: `One indicator alone (raw points, step ${answer.step})`,
    columns: columns(names),
    rows: answer.single,
  });
  return {
    json,
    blocks: [headline, singles, combinationText(answer.combination, names), provenanceLine(provenance)],
  };
}
