import type { Dataset, EditionRef, Unit } from '../../schema/index.ts';
import { cities } from './cities.ts';
import { frameworkNodes } from './framework.ts';
import { values } from './values.ts';

const units: Unit[] = cities.map((city) => ({
  id: city.id,
  name: city.name,
  group: city.region,
  meta: { nameZh: city.nameZh, country: city.country, lat: city.lat, lon: city.lon },
}));

/**
 * The 2020 edition's reference: id, data version, and the content hash of its inputs (units,
 * framework, values, papers). The hash is written out so that loading the edition costs no
 * hashing at start-up; a test recomputes it, so any change to the inputs must update it here.
 */
export const ref2020: EditionRef = {
  id: '2020',
  version: '1.0.0',
  hash: '2cx35ghviwi',
};

/** The 2020 edition in the engine's generic form: 20 cities, the five-pillar framework and the 420 printed values. */
export const dataset2020: Dataset = {
  edition: ref2020,
  units,
  framework: [...frameworkNodes],
  values,
};
