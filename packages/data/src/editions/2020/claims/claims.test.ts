import { describe, expect, it } from 'vitest';
import { copiedRun } from '../../../../test/own-words.ts';
import { anchorPrinted, printedLine } from '../../../../test/places.ts';
import { claimSchema } from '../../../schema/index.ts';
import { cityGroups } from '../city-classes.ts';
import { errata } from '../errata.ts';
import { cityIds, indicatorIds, pillarIds } from '../ids.ts';
import { rankClaims } from '../published/text.ts';
import { sectionOfLine } from '../report-sections.ts';
import { claims, claimsFromRankClaims } from './index.ts';

const rankings = new Set<string>(['index', 'reputation', ...pillarIds, ...indicatorIds]);
const citiesOf = (claim: (typeof claims)[number]): string[] =>
  'cities' in claim ? claim.cities : 'city' in claim ? [claim.city] : 'a' in claim ? [claim.a, claim.b] : [];

describe('claims', () => {
  it('have unique ids', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it.each(claims)('$id parses, names known cities, rankings and groups', (claim) => {
    expect(claimSchema.parse(claim)).toEqual(claim);
    for (const city of citiesOf(claim)) expect(cityIds).toContain(city);
    if ('ranking' in claim) expect(rankings.has(claim.ranking)).toBe(true);
    for (const group of [
      'group' in claim ? claim.group : undefined,
      'than' in claim ? claim.than : undefined,
    ])
      if (group) expect(Object.keys(cityGroups)).toContain(group);
  });

  it.each(claims)(
    '$id has a place: a printed line of its section, with its anchor where the facts tell',
    (claim) => {
      expect(printedLine(claim.place.line)).toBe(true);
      expect(anchorPrinted(claim.place)).not.toBe(false);
      expect(sectionOfLine(claim.place.line)?.id).toBe(claim.place.section);
    },
  );

  it.each(claims.filter((c) => c.erratum))('$id is tied to a recorded erratum', (claim) => {
    expect(errata.map((e) => e.id)).toContain(claim.erratum);
  });

  it('include every rank statement of the prose that verify checks', () => {
    expect(claimsFromRankClaims()).toHaveLength(rankClaims.length);
    for (const claim of claimsFromRankClaims()) expect(claims).toContainEqual(claim);
  });

  it.each(claims.filter((c) => c.reading))('$id: our reading is in our own words', (claim) => {
    expect(copiedRun(claim.reading!.en)).toBeUndefined();
  });
});
