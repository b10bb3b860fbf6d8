import { contentHash } from '../../content-hash.ts';
import type { Dataset, EditionRef, Unit } from '../../schema/index.ts';
import { cities } from './cities.ts';
import { frameworkNodes } from './framework.ts';
import { papers } from './papers.ts';
import { values } from './values.ts';

const units: Unit[] = cities.map((city) => ({
  id: city.id,
  name: city.name,
  group: city.region,
  meta: { nameZh: city.nameZh, country: city.country, lat: city.lat, lon: city.lon },
}));

/** The 2020 edition's reference: id, data version, and a content hash of its inputs (units, framework, values, papers). */
export const ref2020: EditionRef = {
  id: '2020',
  version: '1.0.0',
  hash: contentHash({ units, framework: frameworkNodes, values, papers }),
};

/** The 2020 edition in the engine's generic form: 20 cities, the five-pillar framework and the 420 printed values. */
export const dataset2020: Dataset = {
  edition: ref2020,
  units,
  framework: [...frameworkNodes],
  values,
};
