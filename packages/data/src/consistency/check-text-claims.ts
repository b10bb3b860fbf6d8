import type { RankClaim } from '../schema/index.ts';
import type { Context } from './context.ts';
import { finding, type Finding } from './finding.ts';
import { rankingRanks } from './rankings.ts';

function claimFindings(context: Context, claim: RankClaim): Finding[] {
  const ranks = rankingRanks(context, claim.ranking);
  const [from, to] = claim.ranks;
  const rankOf = (city: string): number | undefined => ranks.get(city);
  const outside = claim.cities.filter((city) => {
    const rank = rankOf(city);
    return rank !== undefined && (rank < from || rank > to);
  });
  if (outside.length === 0) return [];
  const span = from === to ? `${from}` : `${from}-${to}`;
  const printed = claim.cities.map((city) => `${city} ${span}`).join(', ');
  const correct = claim.cities.map((city) => `${city} ${rankOf(city) ?? '?'}`).join(', ');
  const message = `the prose places ${claim.cities.join(', ')} at ${span} in ${claim.ranking}, the table says ${correct}`;
  return [
    finding({
      kind: 'text-claim',
      table: 'text',
      row: claim.line,
      column: `rank-of-${outside.join('-')}`,
      printed,
      correct,
      message,
    }),
  ];
}

/**
 * Checks each rank claim of the prose (these cities hold these places) against the ranking it refers
 * to; a city the ranking cannot place (its row is unidentifiable, reported by another check) is skipped.
 */
export function checkTextClaims(context: Context): Finding[] {
  return context.input.published.text.rankClaims.flatMap((claim) => claimFindings(context, claim));
}
