import type { Claim, RankClaim } from '../../../schema/index.ts';
import { cities } from '../cities.ts';
import { rankClaims } from '../published/text.ts';
import { at, sectionOfLine, type SectionId } from '../report-sections.ts';

const nameOf = (id: string): string => cities.find((c) => c.id === id)?.name ?? id;

/**
 * The prose's rank statements (published.text.rankClaims, the ones `verify` checks against the
 * printed tables) as claims the engine can evaluate under any scenario: "these cities hold
 * places from..to in that ranking". The anchor is the first city's name.
 */
export function claimsFromRankClaims(claims: readonly RankClaim[] = rankClaims): Claim[] {
  return claims.map((claim) => {
    const section = sectionOfLine(claim.line)!.id as SectionId;
    const table = claim.table === 'text' ? {} : { table: claim.table };
    return {
      id: `${claim.ranking}-l${claim.line}-${claim.ranks[0]}-${claim.ranks[1]}`,
      kind: 'rank-range',
      cities: [...claim.cities],
      ranking: claim.ranking === 'overall' ? 'index' : claim.ranking,
      from: claim.ranks[0],
      to: claim.ranks[1],
      place: at(section, claim.line, nameOf(claim.cities[0]!), table),
      ...(claim.erratum ? { erratum: claim.erratum } : {}),
    };
  });
}
