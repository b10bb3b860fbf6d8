import { describe, expect, it } from 'vitest';
import { reportTables } from '../../../test/report/facts.ts';
import { printedAliases } from './aliases.ts';
import { cities } from './cities.ts';
import { indicatorIdsByPillar, pillarIds, type CityId } from './ids.ts';
import { values } from './values.ts';

const tableOf = {
  infrastructure: '2-1',
  economy: '2-2',
  service: '2-3',
  governance: '2-4',
  innovation: '2-5',
} as const;
const cityByLabel = (label: string): CityId | undefined =>
  cities.find((city) => city.name === label)?.id ?? printedAliases[label];

const printedCells = pillarIds.flatMap((pillar) =>
  reportTables[tableOf[pillar]].rows.flatMap(({ cells }) =>
    indicatorIdsByPillar[pillar].map((indicator, column) => ({
      city: cityByLabel(cells[0] ?? ''),
      indicator,
      printed: Number(cells[column + 1]),
    })),
  ),
);

describe('values', () => {
  it('holds exactly 20 cities with 21 indicator values each', () => {
    expect(Object.keys(values)).toHaveLength(20);
    expect(Object.values(values).map((row) => Object.keys(row).length)).toEqual(Array(20).fill(21));
  });

  it('reads 420 indicator cells from tables 2-1 to 2-5 of the report', () => {
    expect(printedCells).toHaveLength(420);
    expect(printedCells.every((cell) => cell.city !== undefined && Number.isFinite(cell.printed))).toBe(true);
  });

  it.each(printedCells)(
    'values[$city][$indicator] is $printed as printed',
    ({ city, indicator, printed }) => {
      expect(values[city as CityId][indicator]).toBe(printed);
    },
  );
});
