import type { CityId } from './ids.ts';

/** City names as the 2020 report misprints or abbreviates them, with the city each one means. */
export const printedAliases: Readonly<Record<string, CityId>> = {
  'Bei Jing': 'beijing',
  Burlin: 'berlin',
  Buenos: 'buenos-aires',
  Bombay: 'mumbai',
};
