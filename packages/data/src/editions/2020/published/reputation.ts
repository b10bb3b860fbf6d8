import type { CellErrata, PublishedReputation } from '../../../schema/index.ts';
import type { CityId } from '../ids.ts';

type PrintedRow = readonly [
  label: string,
  city: CityId,
  papers: number,
  reputationRank: number,
  smartCityRank: number,
  difference: number,
  errata?: CellErrata,
];

/** Table 2-6 as printed: papers per city, reputation rank, smart city rank and their difference. */
const printedRows: readonly PrintedRow[] = [
  ['Beijing', 'beijing', 72, 1, 5, 4],
  ['Singapore', 'singapore', 69, 2, 3, 1],
  ['New York', 'new-york', 68, 3, 2, -1],
  ['London', 'london', 56, 4, 1, -3],
  ['Seoul', 'seoul', 53, 5, 10, 5],
  ['Shanghai', 'shanghai', 42, 6, 4, -2],
  ['Rio de Janeiro', 'rio-de-janeiro', 18, 7, 19, 12],
  [
    'Hong Kong',
    'hong-kong',
    18,
    8,
    7,
    -1,
    { reputationRank: 'E-2-6-r8-reputationRank', difference: 'E-2-6-r8-difference' },
  ],
  ['Toronto', 'toronto', 17, 9, 14, 5],
  ['Tokyo', 'tokyo', 16, 10, 12, 2],
  ['Dubai', 'dubai', 14, 11, 11, 0],
  ['Chicago', 'chicago', 12, 12, 9, -3],
  ['Paris', 'paris', 12, 12, 6, -6],
  ['Moscow', 'moscow', 12, 12, 16, 4],
  ['Mumbai', 'mumbai', 10, 15, 17, 2],
  ['Berlin', 'berlin', 9, 16, 15, -1],
  ['Sydney', 'sydney', 8, 17, 13, -4],
  ['Los Angeles', 'los-angeles', 6, 18, 8, -10],
  ['Cairo', 'cairo', 4, 19, 20, 1],
  ['Buenos Aires', 'buenos-aires', 3, 20, 18, -2],
];

/** Table 2-6 with its printed total of 519 papers. */
export const reputation: PublishedReputation = {
  table: '2-6',
  rows: printedRows.map(
    ([label, city, papers, reputationRank, smartCityRank, difference, errata], index) => ({
      row: index + 1,
      label,
      city,
      papers,
      reputationRank,
      smartCityRank,
      difference,
      ...(errata ? { errata } : {}),
    }),
  ),
  total: 519,
};
