import { describe, expect, it } from 'vitest';
import { printedLine } from '../../../test/places.ts';
import { cityClassSchema, classificationSourceSchema } from '../../schema/index.ts';
import { cityClasses, cityGroups, classificationSources } from './city-classes.ts';
import { cityIds } from './ids.ts';

describe('cityClasses', () => {
  it('classify every city once, in ranking order, with their sources', () => {
    expect(cityClasses.map((c) => c.city)).toEqual(cityIds);
    for (const c of cityClasses) expect(cityClassSchema.parse(c)).toEqual(c);
    for (const s of classificationSources) expect(classificationSourceSchema.parse(s)).toEqual(s);
  });

  it.each(cityClasses.filter((c) => c.reportSays.length > 0))(
    '$city: the status agrees with each place where the report states it',
    (c) => {
      for (const place of c.reportSays) {
        expect(printedLine(place.line)).toBe(true);
        expect(place.anchor.startsWith(c.status)).toBe(true);
      }
    },
  );

  it('build groups by status and M49 region that cover every city', () => {
    expect([...cityGroups.developed!, ...cityGroups.developing!].sort()).toEqual([...cityIds].sort());
    const regions = ['europe', 'americas', 'asia', 'africa', 'oceania'].flatMap((r) => cityGroups[r] ?? []);
    expect(regions.sort()).toEqual([...cityIds].sort());
    expect(cityGroups.developing).toEqual([
      'shanghai',
      'beijing',
      'dubai',
      'moscow',
      'mumbai',
      'buenos-aires',
      'rio-de-janeiro',
      'cairo',
    ]);
  });
});
