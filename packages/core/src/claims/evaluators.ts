import type { Claim } from '@smartcities/data/schema';
import { groupMedian, groupRanks } from '../groups/group-ranks.ts';
import { reputation } from '../reputation.ts';
import type { ScoreResult } from '../result.ts';
import { ranksOf, ranksOn } from './lookup.ts';
import { notApplicable, verdict, type ClaimContext, type ClaimEvaluator, type Outcome } from './types.ts';

const within = (observed: Record<string, number | null>, from: number, to: number): boolean =>
  Object.values(observed).every((rank) => rank !== null && rank >= from && rank <= to);

const rankRange: ClaimEvaluator<'rank-range'> = (claim, result, context) => {
  const ranks = ranksOn(result, claim.ranking, context);
  if (!ranks) return notApplicable;
  const observed = ranksOf(ranks, result, claim.cities);
  return verdict(within(observed, claim.from, claim.to), observed);
};

const rank: ClaimEvaluator<'rank'> = (claim, result, context) =>
  rankRange(
    { ...claim, kind: 'rank-range', cities: [claim.city], from: claim.rank, to: claim.rank },
    result,
    context,
  );

const leader: ClaimEvaluator<'leader'> = (claim, result, context) =>
  rankRange({ ...claim, kind: 'rank-range', cities: [claim.city], from: 1, to: 1 }, result, context);

const above: ClaimEvaluator<'above'> = (claim, result, context) => {
  const ranks = ranksOn(result, claim.ranking, context);
  if (!ranks) return notApplicable;
  const observed = ranksOf(ranks, result, [claim.a, claim.b]);
  const [a, b] = [observed[claim.a], observed[claim.b]];
  return verdict(a != null && b != null && a < b, observed);
};

const tier: ClaimEvaluator<'tier'> = (claim, result) => {
  const observed = Object.fromEntries(claim.cities.map((city) => [city, null]));
  const ok = claim.cities.every((city) => result.tiers.tiers[result.unitIds.indexOf(city)] === claim.tier);
  return verdict(ok, observed);
};

const tierCount: ClaimEvaluator<'tier-count'> = (claim, result) => {
  const count = result.tiers.tiers.filter((t) => t === claim.tier).length;
  return verdict(count === claim.count, { count });
};

const groupLeader: ClaimEvaluator<'group-leader'> = (claim, result, context) => {
  const members = context.groups[claim.group];
  if (!members || !result.scores[claim.ranking]) return notApplicable;
  const places = groupRanks(result, claim.ranking, members);
  const observed = Object.fromEntries(places.slice(0, 3).map((p) => [p.city, p.groupRank]));
  const own = places.find((p) => p.city === claim.city);
  return verdict(own?.groupRank === 1, { ...observed, [claim.city]: own?.groupRank ?? null });
};

const groupTop: ClaimEvaluator<'group-top'> = (claim, result, context) => {
  const members = context.groups[claim.group];
  const ranks = ranksOn(result, claim.ranking, context);
  if (!members || !ranks) return notApplicable;
  const top = result.unitIds.filter((_, u) => ranks[u]! <= claim.n);
  const observed = ranksOf(ranks, result, top);
  return verdict(top.length > 0 && top.every((city) => members.includes(city)), observed);
};

const groupMedianAbove: ClaimEvaluator<'group-median-above'> = (claim, result, context) => {
  const [a, b] = [context.groups[claim.group], context.groups[claim.than]];
  if (!a || !b || !result.scores[claim.ranking]) return notApplicable;
  const [ma, mb] = [groupMedian(result, claim.ranking, a), groupMedian(result, claim.ranking, b)];
  return verdict(ma > mb, { [claim.group]: ma, [claim.than]: mb });
};

const reputationGap: ClaimEvaluator<'reputation-gap'> = (claim, result, context) => {
  if (!context.papers) return notApplicable;
  const gaps = reputation(context.papers, result).rows.filter((r) => r.difference !== null);
  const pick = claim.extreme === 'largest' ? Math.max : Math.min;
  const extreme = pick(...gaps.map((r) => r.difference!));
  const own = gaps.find((r) => r.city === claim.city)?.difference ?? null;
  return verdict(own === extreme, { [claim.city]: own, extreme });
};

/** The evaluator of every kind of claim. */
export const evaluators: { [K in Claim['kind']]: ClaimEvaluator<K> } = {
  rank,
  'rank-range': rankRange,
  leader,
  above,
  tier,
  'tier-count': tierCount,
  'group-leader': groupLeader,
  'group-top': groupTop,
  'group-median-above': groupMedianAbove,
  'reputation-gap': reputationGap,
};

/** Runs the evaluator of the claim's kind. */
export function evaluateOne(claim: Claim, result: ScoreResult, context: ClaimContext): Outcome {
  const evaluate = evaluators[claim.kind] as ClaimEvaluator<Claim['kind']>;
  return evaluate(claim as never, result, context);
}
