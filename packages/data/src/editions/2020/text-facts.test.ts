import { describe, expect, it } from 'vitest';
import { namesOnLine, reportFacts } from '../../../test/report/facts.ts';
import { printedAliases } from './aliases.ts';
import { cities } from './cities.ts';
import { published } from './published.ts';

const namesOf = (city: string): string[] => [
  ...cities.filter((candidate) => candidate.id === city).map((candidate) => candidate.name),
  ...Object.entries(printedAliases).flatMap(([alias, id]) => (id === city ? [alias] : [])),
];

describe('text facts', () => {
  it.each(published.text.rankClaims)('the claim on line $line names each of its cities there', (claim) => {
    for (const city of claim.cities)
      expect(namesOf(city).some((name) => namesOnLine(claim.line, name))).toBe(true);
  });

  it('records every misprinted city name the prose uses, and only those', () => {
    const variants = Object.keys(printedAliases).map((alias) => ({
      alias,
      pattern: new RegExp(`\\b${alias}\\b(?! Aires)`),
    }));
    const found = reportFacts.prose.flatMap(({ line, names }) =>
      variants
        .filter(({ pattern }) => names.some((run) => pattern.test(run)))
        .map(({ alias }) => ({ line, printed: alias })),
    );
    expect(found).toEqual(published.text.nameMentions.map(({ line, printed }) => ({ line, printed })));
  });
});
