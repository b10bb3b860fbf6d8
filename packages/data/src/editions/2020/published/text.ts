import type { NameMention, RankClaim } from '../../../schema/index.ts';
import { summaryRankClaims } from './rank-claims/summary.ts';
import { infrastructureRankClaims } from './rank-claims/infrastructure.ts';
import { economyRankClaims } from './rank-claims/economy.ts';
import { serviceRankClaims } from './rank-claims/service.ts';
import { governanceRankClaims } from './rank-claims/governance.ts';
import { innovationRankClaims } from './rank-claims/innovation.ts';
import { reputationRankClaims } from './rank-claims/reputation.ts';

/**
 * Rank claims the report's prose makes about its own tables, restated as data (which cities, which
 * ranking, which places); `line` is the line of the source text that makes the claim.
 */
export const rankClaims: readonly RankClaim[] = [
  ...summaryRankClaims,
  ...infrastructureRankClaims,
  ...economyRankClaims,
  ...serviceRankClaims,
  ...governanceRankClaims,
  ...innovationRankClaims,
  ...reputationRankClaims,
];

/** City names the prose prints in a form other than the canonical English name. */
export const nameMentions: readonly NameMention[] = [
  {
    line: 421,
    section: '2.2 Information capacity level',
    printed: 'Bombay',
    erratum: 'E-text-l421-city-name',
  },
  { line: 471, section: '2.3 Smart service', printed: 'Bombay', erratum: 'E-text-l471-city-name' },
];
