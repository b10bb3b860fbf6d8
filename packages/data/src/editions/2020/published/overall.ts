import type { CellErrata, PublishedOverall, Tier } from '../../../schema/index.ts';
import type { CityId, PillarId } from '../ids.ts';

type PrintedRow = readonly [
  label: string,
  city: CityId,
  printedTier: Tier,
  tier: Tier,
  pillars: PillarColumns,
  score: number,
  rank: number,
  errata?: CellErrata,
];

type PillarColumns = readonly [number, number, number, number, number];

function pillarColumns([infrastructure, economy, service, governance, innovation]: PillarColumns): Record<
  PillarId,
  number
> {
  return { infrastructure, economy, service, governance, innovation };
}

/**
 * The overall table as printed. `city` is the city whose pillar values the row holds, `printedTier`
 * the tier label the row sits under (the Level column names only each group's first row) and `tier`
 * the tier the stated rule gives.
 */
const printedRows: readonly PrintedRow[] = [
  ['London', 'london', 'leading', 'leading', [89.9, 81.7, 77.9, 74.3, 89.4], 100.0, 1],
  ['New York', 'new-york', 'leading', 'leading', [87.9, 89.6, 74.7, 68.8, 86.7], 98.7, 2],
  ['Singapore', 'singapore', 'leading', 'leading', [96.4, 72.3, 85.8, 70.4, 79.5], 97.9, 3],
  ['Shanghai', 'shanghai', 'advanced', 'advanced', [71.7, 79.1, 96.3, 69.0, 69.1], 93.2, 4],
  ['Beijing', 'beijing', 'advanced', 'advanced', [72.8, 79.9, 92.0, 67.0, 71.5], 92.8, 5],
  ['Paris', 'paris', 'advanced', 'advanced', [81.3, 72.6, 77.0, 65.9, 82.1], 91.7, 6],
  ['Hong Kong', 'hong-kong', 'advanced', 'advanced', [96.5, 65.0, 75.1, 62.5, 77.5], 91.1, 7],
  ['Los Angeles', 'los-angeles', 'advanced', 'advanced', [87.9, 69.5, 65.5, 63.7, 80.7], 88.9, 8],
  ['Chicago', 'chicago', 'advanced', 'advanced', [87.9, 69.9, 68.8, 63.6, 75.7], 88.5, 9],
  ['Seoul', 'seoul', 'advanced', 'advanced', [78.4, 58.9, 75.0, 72.9, 79.7], 88.3, 10],
  ['Dubai', 'dubai', 'advanced', 'advanced', [85.0, 59.7, 88.8, 71.3, 59.8], 88.2, 11],
  ['Tokyo', 'tokyo', 'advanced', 'advanced', [78.7, 66.6, 67.9, 62.9, 82.0], 86.6, 12],
  ['Sydney', 'sydney', 'advanced', 'advanced', [83.7, 60.4, 68.4, 68.0, 73.4], 85.6, 13],
  ['Toronto', 'toronto', 'advanced', 'advanced', [82.5, 64.9, 66.1, 69.1, 66.9], 84.6, 14],
  [
    'Berlin',
    'berlin',
    'following',
    'advanced',
    [84.1, 58.7, 62.4, 67.5, 68.3],
    82.5,
    15,
    { tier: 'E-overall-r15-tier' },
  ],
  [
    'Moscow',
    'moscow',
    'following',
    'advanced',
    [71.9, 56.7, 78.8, 62.1, 66.7],
    81.3,
    16,
    { tier: 'E-overall-r16-tier' },
  ],
  ['Mumbai', 'mumbai', 'following', 'following', [65.1, 46.8, 70.2, 62.8, 48.3], 70.9, 17],
  [
    'Buenos',
    'buenos-aires',
    'following',
    'following',
    [73.1, 40.0, 54.2, 51.7, 53.1],
    65.9,
    18,
    { label: 'E-overall-r18-label' },
  ],
  [
    'Ellis',
    'rio-de-janeiro',
    'following',
    'following',
    [70.6, 36.5, 39.7, 47.3, 48.4],
    58.7,
    19,
    { label: 'E-overall-r19-label' },
  ],
  [
    'Rio de Janeiro',
    'cairo',
    'following',
    'following',
    [53.8, 29.4, 58.4, 46.2, 39.2],
    54.9,
    20,
    { label: 'E-overall-r20-label' },
  ],
];

/** The overall table, the printed tier thresholds (with the lines stating them) and the tier sizes the text gives. */
export const overall: PublishedOverall = {
  table: 'overall',
  rows: printedRows.map(([label, city, printedTier, tier, pillars, score, rank, errata], index) => ({
    row: index + 1,
    label,
    city,
    printedTier,
    tier,
    pillars: pillarColumns(pillars),
    score,
    rank,
    ...(errata ? { errata } : {}),
  })),
  thresholds: {
    upper: { value: 96.1, lines: [285, 287], erratum: 'E-text-l285-threshold-upper' },
    lower: { value: 72.9, lines: [287, 289], erratum: 'E-text-l287-threshold-lower' },
  },
  tierCounts: {
    leading: { count: 3, line: 285 },
    advanced: { count: 13, line: 287 },
    following: { count: 4, line: 289 },
  },
};
