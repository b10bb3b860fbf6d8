import { defaultScenario, tierNames } from '@smartcities/core';
import { whatItTakes, type WhatItTakes } from '@smartcities/core/analysis';
import type { ClimbGoal, ClimbView } from '../climb-view';
import { edition } from '../edition';
import { defaultResult } from './default-result';

const cache = new Map<string, ClimbView>();

/** The city-page view of core's answer: the cheapest mix and the easiest single indicator (none when out of reach). */
function goal(target: ClimbGoal['target'], answer: WhatItTakes): ClimbGoal {
  if (!answer.ok || answer.already) return { target, total: null, changes: [], easiest: null };
  const reached = answer.single
    .filter((s) => s.status === 'reached' && s.points !== null)
    .sort((a, b) => a.points! - b.points!);
  const mix = answer.combination?.status === 'reached' ? answer.combination : null;
  return {
    target,
    total: mix?.total ?? null,
    changes: mix?.changes.map(({ indicator, points }) => ({ indicator, points })) ?? [],
    easiest: reached[0] ? { indicator: reached[0].indicator, points: reached[0].points! } : null,
  };
}

function ask(city: string, target: ClimbGoal['target']): ClimbGoal {
  return goal(target, whatItTakes(edition.dataset, defaultScenario, city, target));
}

/** What it takes for a city to climb one rank and one tier under the report's method; cached per city. */
export function climb(city: string): ClimbView {
  const hit = cache.get(city);
  if (hit) return hit;
  const result = defaultResult();
  const u = result.unitIds.indexOf(city);
  const rank = result.ranks[result.tree.root]![u]!;
  const tier = result.tiers.tiers[u] ?? null;
  const better = tier ? tierNames[tierNames.indexOf(tier) - 1] : undefined;
  const view = {
    rank: rank > 1 ? ask(city, { rank: rank - 1 }) : null,
    tier: better ? ask(city, { tier: better }) : null,
  };
  cache.set(city, view);
  return view;
}
