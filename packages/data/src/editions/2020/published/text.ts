import type { NameMention, RankClaim } from '../../../schema/index.ts';

const summary = 'Executive summary';

/**
 * Rank claims the report's prose makes about its own tables, restated as data (which cities, which
 * ranking, which places); `line` is the line of the source text that makes the claim.
 */
export const rankClaims: readonly RankClaim[] = [
  { line: 108, section: summary, table: 'overall', ranking: 'overall', cities: ['london', 'new-york', 'singapore'], ranks: [1, 3] },
  { line: 112, section: summary, table: '2-1', ranking: 'infrastructure', cities: ['hong-kong', 'singapore'], ranks: [1, 2] },
  { line: 114, section: summary, table: '2-2', ranking: 'economy', cities: ['new-york', 'london'], ranks: [1, 2] },
  { line: 116, section: summary, table: '2-3', ranking: 'service', cities: ['shanghai', 'beijing'], ranks: [1, 2] },
  { line: 116, section: summary, table: '2-3', ranking: 'service', cities: ['dubai', 'singapore'], ranks: [2, 2], erratum: 'E-text-l116-rank-of-dubai-singapore' },
  { line: 118, section: summary, table: '2-4', ranking: 'governance', cities: ['london', 'seoul'], ranks: [1, 2] },
  { line: 118, section: summary, table: '2-4', ranking: 'governance', cities: ['dubai'], ranks: [3, 3] },
  { line: 118, section: summary, table: '2-4', ranking: 'governance', cities: ['singapore'], ranks: [4, 4] },
  { line: 120, section: summary, table: '2-5', ranking: 'innovation', cities: ['london', 'new-york', 'paris', 'tokyo'], ranks: [1, 4] },
  { line: 122, section: summary, table: '2-6', ranking: 'reputation', cities: ['beijing', 'singapore', 'new-york'], ranks: [1, 3] },
  { line: 285, section: '1.4 Overall ranking', table: 'overall', ranking: 'overall', cities: ['london', 'new-york', 'singapore'], ranks: [1, 3] },
  { line: 323, section: '2.1 Smart infrastructure', table: '2-1', ranking: 'infrastructure', cities: ['hong-kong', 'singapore', 'london', 'los-angeles', 'new-york', 'chicago'], ranks: [1, 6] },
  { line: 323, section: '2.1 Smart infrastructure', table: '2-1', ranking: 'infrastructure', cities: ['dubai', 'berlin', 'sydney', 'toronto', 'paris', 'tokyo', 'seoul', 'buenos-aires', 'beijing'], ranks: [7, 15] },
  { line: 323, section: '2.1 Smart infrastructure', table: '2-1', ranking: 'infrastructure', cities: ['moscow', 'shanghai', 'rio-de-janeiro', 'mumbai', 'cairo'], ranks: [16, 20] },
  { line: 329, section: '2.1 Mobile phone', table: '2-1', ranking: 'mobile-phone', cities: ['hong-kong', 'singapore'], ranks: [1, 2], erratum: 'E-text-l329-rank-of-singapore' },
  { line: 335, section: '2.1 Next-generation network', table: '2-1', ranking: 'next-generation-network', cities: ['singapore'], ranks: [1, 1] },
  { line: 335, section: '2.1 Next-generation network', table: '2-1', ranking: 'next-generation-network', cities: ['cairo'], ranks: [20, 20] },
  { line: 393, section: '2.2 Smart economy', table: '2-2', ranking: 'economy', cities: ['new-york', 'london', 'beijing', 'shanghai', 'paris'], ranks: [1, 5] },
  { line: 393, section: '2.2 Smart economy', table: '2-2', ranking: 'economy', cities: ['singapore', 'chicago', 'los-angeles', 'tokyo', 'hong-kong', 'toronto'], ranks: [6, 11] },
  { line: 399, section: '2.2 Interactive design', table: '2-2', ranking: 'interactive-design', cities: ['beijing'], ranks: [1, 1] },
  { line: 399, section: '2.2 Interactive design', table: '2-2', ranking: 'interactive-design', cities: ['london', 'new-york', 'shanghai'], ranks: [2, 4] },
  { line: 405, section: '2.2 Software development', table: '2-2', ranking: 'software-development', cities: ['london', 'new-york', 'paris', 'berlin', 'singapore'], ranks: [1, 5] },
  { line: 415, section: '2.2 Digital applications', table: '2-2', ranking: 'digital-applications', cities: ['paris', 'london'], ranks: [1, 2] },
  { line: 415, section: '2.2 Digital applications', table: '2-2', ranking: 'digital-applications', cities: ['seoul', 'tokyo', 'new-york', 'singapore', 'los-angeles', 'hong-kong'], ranks: [3, 8] },
  { line: 421, section: '2.2 Information capacity level', table: '2-2', ranking: 'ict-industry-level', cities: ['new-york', 'shanghai'], ranks: [1, 2] },
  { line: 421, section: '2.2 Information capacity level', table: '2-2', ranking: 'ict-industry-level', cities: ['tokyo', 'singapore', 'mumbai', 'beijing', 'paris', 'dubai', 'hong-kong'], ranks: [3, 9] },
  { line: 471, section: '2.3 Smart service', table: '2-3', ranking: 'service', cities: ['shanghai', 'beijing', 'dubai'], ranks: [1, 3] },
  { line: 471, section: '2.3 Smart service', table: '2-3', ranking: 'service', cities: ['chicago', 'sydney', 'tokyo', 'berlin'], ranks: [12, 17] },
  { line: 549, section: '2.3 Paris case study', table: '2-3', ranking: 'convenient-transportation', cities: ['paris'], ranks: [1, 1] },
  { line: 589, section: '2.4 Smart governance', table: '2-4', ranking: 'governance', cities: ['buenos-aires', 'rio-de-janeiro', 'cairo'], ranks: [18, 20] },
  { line: 599, section: '2.4 Open data', table: '2-4', ranking: 'open-data', cities: ['seoul'], ranks: [1, 1] },
  { line: 607, section: '2.4 Public safety', table: '2-4', ranking: 'public-safety', cities: ['dubai'], ranks: [1, 1] },
  { line: 607, section: '2.4 Public safety', table: '2-4', ranking: 'public-safety', cities: ['beijing', 'shanghai'], ranks: [2, 3] },
  { line: 617, section: '2.4 Public participation', table: '2-4', ranking: 'public-participation', cities: ['shanghai'], ranks: [1, 1] },
  { line: 625, section: '2.4 Social inclusion', table: '2-4', ranking: 'social-inclusion', cities: ['sydney'], ranks: [1, 1] },
  { line: 637, section: '2.4 Sustainability', table: '2-4', ranking: 'sustainability', cities: ['berlin'], ranks: [1, 1] },
  { line: 691, section: '2.5 Smart innovation', table: '2-5', ranking: 'innovation', cities: ['london', 'new-york', 'paris', 'tokyo', 'los-angeles'], ranks: [1, 5] },
  { line: 691, section: '2.5 Smart innovation', table: '2-5', ranking: 'innovation', cities: ['seoul', 'singapore', 'hong-kong', 'chicago', 'sydney', 'beijing', 'shanghai', 'berlin', 'toronto', 'moscow', 'dubai'], ranks: [6, 16] },
  { line: 691, section: '2.5 Smart innovation', table: '2-5', ranking: 'innovation', cities: ['buenos-aires', 'rio-de-janeiro', 'mumbai', 'cairo'], ranks: [17, 20] },
  { line: 701, section: '2.5 University strength', table: '2-5', ranking: 'university-strength', cities: ['paris'], ranks: [1, 1] },
  { line: 701, section: '2.5 University strength', table: '2-5', ranking: 'university-strength', cities: ['london', 'hong-kong'], ranks: [2, 2] },
  { line: 711, section: '2.5 Research and development', table: '2-5', ranking: 'research-development', cities: ['new-york'], ranks: [1, 1] },
  { line: 725, section: '2.5 Innovation and entrepreneurship', table: '2-5', ranking: 'innovation-entrepreneurship', cities: ['new-york'], ranks: [1, 1] },
  { line: 791, section: '2.6 Smart reputation', table: '2-6', ranking: 'reputation', cities: ['beijing', 'singapore', 'new-york'], ranks: [1, 3] },
];

/** City names the prose prints in a form other than the canonical English name. */
export const nameMentions: readonly NameMention[] = [
  { line: 421, section: '2.2 Information capacity level', printed: 'Bombay', erratum: 'E-text-l421-city-name' },
  { line: 471, section: '2.3 Smart service', printed: 'Bombay', erratum: 'E-text-l471-city-name' },
];
