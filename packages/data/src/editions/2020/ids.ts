/** The 20 city ids of the 2020 edition, in the order of the overall ranking. */
export const cityIds = [
  'london',
  'new-york',
  'singapore',
  'shanghai',
  'beijing',
  'paris',
  'hong-kong',
  'los-angeles',
  'chicago',
  'seoul',
  'dubai',
  'tokyo',
  'sydney',
  'toronto',
  'berlin',
  'moscow',
  'mumbai',
  'buenos-aires',
  'rio-de-janeiro',
  'cairo',
] as const;

/** The five pillars in the total, in the report's column order. */
export const pillarIds = ['infrastructure', 'economy', 'service', 'governance', 'innovation'] as const;

/** The reference index that is ranked but kept out of the total. */
export const referenceIndexId = 'reputation';

/** Indicator ids per pillar, in the column order of tables 2-1 to 2-5. */
export const indicatorIdsByPillar = {
  infrastructure: ['mobile-phone', 'next-generation-network', 'export-bandwidth', 'data-center'],
  economy: ['interactive-design', 'software-development', 'digital-applications', 'ict-industry-level'],
  service: ['online-healthcare', 'convenient-transportation', 'online-education', 'online-employment'],
  governance: ['open-data', 'public-safety', 'public-participation', 'social-inclusion', 'sustainability'],
  innovation: ['university-strength', 'research-development', 'innovation-entrepreneurship', 'human-skills'],
} as const;

export type CityId = (typeof cityIds)[number];
export type PillarId = (typeof pillarIds)[number];
export type IndicatorId = (typeof indicatorIdsByPillar)[PillarId][number];

/** All 21 indicator ids, pillar by pillar. */
export const indicatorIds: readonly IndicatorId[] = pillarIds.flatMap(
  (pillar) => indicatorIdsByPillar[pillar],
);
