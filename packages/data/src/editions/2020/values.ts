import {
  cityIds,
  indicatorIdsByPillar,
  pillarIds,
  type CityId,
  type IndicatorId,
  type PillarId,
} from './ids.ts';

type Numbers<T extends readonly unknown[]> = { -readonly [K in keyof T]: number };
type PrintedRow<P extends PillarId> = Numbers<(typeof indicatorIdsByPillar)[P]>;
type PrintedRows = { [P in PillarId]: Record<CityId, PrintedRow<P>> };

/** Indicator values exactly as printed in tables 2-1 to 2-5, one row per city in the tables' column order. */
const printed: PrintedRows = {
  infrastructure: {
    london: [86.7, 99.3, 83.7, 90.0],
    'new-york': [87.3, 99.8, 66.9, 97.8],
    singapore: [90.6, 100.0, 95.0, 100.0],
    shanghai: [89.1, 98.0, 46.1, 53.8],
    beijing: [93.4, 98.0, 46.1, 53.8],
    paris: [84.6, 98.0, 55.4, 87.5],
    'hong-kong': [100.0, 99.0, 100.0, 87.0],
    'los-angeles': [87.3, 99.8, 66.9, 97.8],
    chicago: [87.3, 99.8, 66.9, 97.8],
    seoul: [87.5, 99.9, 58.8, 67.3],
    dubai: [97.0, 99.6, 79.1, 64.4],
    tokyo: [88.7, 99.0, 44.6, 82.5],
    sydney: [85.6, 99.0, 58.3, 91.7],
    toronto: [80.7, 98.5, 59.5, 91.1],
    berlin: [88.1, 96.5, 55.3, 96.4],
    moscow: [91.7, 62.0, 58.6, 75.4],
    mumbai: [81.0, 88.0, 45.1, 46.1],
    'buenos-aires': [89.5, 85.0, 51.5, 66.4],
    'rio-de-janeiro': [85.7, 83.1, 46.6, 67.1],
    cairo: [84.4, 61.0, 38.4, 31.4],
  },
  economy: {
    london: [85.0, 100, 92.0, 49.8],
    'new-york': [75.0, 99.0, 84.6, 100.0],
    singapore: [42.5, 94.5, 84.6, 67.6],
    shanghai: [75.0, 78.6, 70.9, 92.0],
    beijing: [100.0, 82.0, 73.1, 64.6],
    paris: [30.0, 96.0, 100.0, 64.4],
    'hong-kong': [25.0, 90.2, 81.7, 63.0],
    'los-angeles': [62.5, 85.3, 82.9, 47.4],
    chicago: [60.0, 94.1, 66.3, 59.3],
    seoul: [12.5, 75.6, 89.1, 58.5],
    dubai: [62.5, 65.0, 48.0, 63.4],
    tokyo: [12.5, 87.8, 88.0, 78.2],
    sydney: [42.5, 79.1, 65.7, 54.3],
    toronto: [45.0, 93.3, 73.1, 48.2],
    berlin: [15.0, 95.3, 76.0, 48.6],
    moscow: [25.0, 72.4, 72.6, 56.7],
    mumbai: [22.5, 78.6, 21.1, 65.0],
    'buenos-aires': [12.5, 57.8, 32.0, 57.8],
    'rio-de-janeiro': [12.5, 55.3, 30.3, 47.7],
    cairo: [10.0, 52.1, 20.0, 35.4],
  },
  service: {
    london: [71.2, 96.8, 68.8, 74.7],
    'new-york': [72.6, 91.7, 57.0, 77.7],
    singapore: [89.0, 80.8, 80.6, 92.7],
    shanghai: [95.9, 91.3, 100.0, 98.1],
    beijing: [100.0, 73.7, 94.1, 100.0],
    paris: [75.1, 100.0, 67.8, 65.1],
    'hong-kong': [62.9, 86.2, 72.4, 78.7],
    'los-angeles': [63.1, 56.7, 63.7, 78.4],
    chicago: [67.6, 73.7, 55.4, 78.4],
    seoul: [68.7, 80.6, 72.9, 77.9],
    dubai: [92.6, 84.1, 91.7, 86.6],
    tokyo: [70.9, 84.2, 37.0, 79.3],
    sydney: [70.6, 56.3, 62.3, 84.6],
    toronto: [63.1, 64.4, 61.2, 75.7],
    berlin: [50.1, 68.3, 55.1, 76.1],
    moscow: [78.6, 75.2, 72.2, 89.2],
    mumbai: [80.1, 30.8, 80.3, 89.5],
    'buenos-aires': [64.3, 51.6, 43.1, 58.0],
    'rio-de-janeiro': [32.9, 42.6, 28.8, 54.6],
    cairo: [68.0, 45.1, 47.1, 73.5],
  },
  governance: {
    london: [82.8, 56.1, 64.6, 81.2, 86.7],
    'new-york': [96.7, 57.2, 57.8, 62.8, 69.4],
    singapore: [61.5, 80.1, 74.1, 80.3, 56.0],
    shanghai: [51.2, 82.0, 100.0, 63.6, 48.0],
    beijing: [44.4, 81.0, 99.0, 63.8, 46.8],
    paris: [81.6, 52.4, 61.5, 69.4, 64.6],
    'hong-kong': [64.2, 61.6, 71.1, 62.6, 53.2],
    'los-angeles': [83.5, 48.8, 65.4, 70.1, 50.8],
    chicago: [92.6, 47.4, 58.6, 66.6, 52.6],
    seoul: [100.0, 72.6, 62.9, 67.9, 61.1],
    dubai: [45.7, 85.8, 92.1, 86.3, 46.7],
    tokyo: [76.2, 62.6, 45.8, 79.4, 50.2],
    sydney: [66.8, 61.2, 58.8, 100.0, 53.4],
    toronto: [83.8, 54.7, 56.8, 71.4, 78.8],
    berlin: [48.2, 51.0, 54.0, 84.4, 100.0],
    moscow: [55.4, 70.6, 77.0, 60.7, 46.6],
    mumbai: [47.5, 76.2, 82.1, 61.9, 46.3],
    'buenos-aires': [42.0, 48.1, 56.0, 65.4, 47.2],
    'rio-de-janeiro': [54.9, 33.6, 33.6, 60.3, 54.0],
    cairo: [15.5, 58.1, 51.9, 60.2, 45.4],
  },
  innovation: {
    london: [90.0, 83.7, 99.0, 85.1],
    'new-york': [65.0, 100.0, 100.0, 81.6],
    singapore: [70.0, 49.9, 98.0, 100.0],
    shanghai: [75.0, 35.8, 84.0, 81.6],
    beijing: [75.0, 42.8, 87.5, 80.9],
    paris: [100.0, 51.0, 97.5, 80.1],
    'hong-kong': [90.0, 50.5, 72.5, 96.9],
    'los-angeles': [70.0, 72.7, 98.5, 81.6],
    chicago: [70.0, 54.0, 97.0, 81.6],
    seoul: [80.0, 65.3, 93.5, 80.1],
    dubai: [45.0, 15.0, 85.0, 94.0],
    tokyo: [75.0, 74.0, 99.5, 79.4],
    sydney: [80.0, 40.4, 93.0, 80.1],
    toronto: [55.0, 33.7, 95.5, 83.3],
    berlin: [60.0, 42.0, 94.5, 76.7],
    moscow: [75.0, 30.9, 81.5, 79.4],
    mumbai: [45.0, 4.9, 58.0, 85.1],
    'buenos-aires': [55.0, 11.2, 66.0, 80.1],
    'rio-de-janeiro': [50.0, 14.5, 43.0, 86.1],
    cairo: [50.0, 3.5, 16.3, 87.0],
  },
};

function printedValue(pillar: PillarId, city: CityId, column: number): number {
  const value: number | undefined = printed[pillar][city][column];
  if (value === undefined) throw new Error(`no printed value for ${city}, ${pillar} column ${column}`);
  return value;
}

function cityValues(city: CityId): Record<IndicatorId, number> {
  const entries = pillarIds.flatMap((pillar) =>
    indicatorIdsByPillar[pillar].map((indicator, column) => [indicator, printedValue(pillar, city, column)]),
  );
  return Object.fromEntries(entries) as Record<IndicatorId, number>;
}

/** The 420 indicator values of the 2020 edition as printed, keyed `values[city][indicator]`. */
export const values: Record<CityId, Record<IndicatorId, number>> = Object.fromEntries(
  cityIds.map((city) => [city, cityValues(city)]),
) as Record<CityId, Record<IndicatorId, number>>;
