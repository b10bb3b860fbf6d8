import type { CityId } from './ids.ts';

/** Smart-city papers per city in Web of Science, 2010 to May 2020 (table 2-6, "Number of literature"). */
export const papers: Record<CityId, number> = {
  london: 56,
  'new-york': 68,
  singapore: 69,
  shanghai: 42,
  beijing: 72,
  paris: 12,
  'hong-kong': 18,
  'los-angeles': 6,
  chicago: 12,
  seoul: 53,
  dubai: 14,
  tokyo: 16,
  sydney: 8,
  toronto: 17,
  berlin: 9,
  moscow: 12,
  mumbai: 10,
  'buenos-aires': 3,
  'rio-de-janeiro': 18,
  cairo: 4,
};
