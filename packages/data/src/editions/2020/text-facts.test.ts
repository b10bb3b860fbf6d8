import { describe, expect, it } from 'vitest';
import { reportLines } from '../../../test/seed-report.ts';
import { printedAliases } from './aliases.ts';
import { cities } from './cities.ts';
import { published } from './published.ts';

const namesOf = (city: string): string[] => [
  ...cities.filter((candidate) => candidate.id === city).map((candidate) => candidate.name),
  ...Object.entries(printedAliases).flatMap(([alias, id]) => (id === city ? [alias] : [])),
];

const isTableLine = (line: string): boolean => line.includes('\t');

describe('text facts', () => {
  it.each(published.text.rankClaims)('the claim on line $line names each of its cities there', (claim) => {
    const line = reportLines[claim.line - 1] ?? '';
    for (const city of claim.cities) expect(namesOf(city).some((name) => line.includes(name))).toBe(true);
  });

  it('records every misprinted city name the prose uses, and only those', () => {
    const variants = Object.keys(printedAliases).map((alias) => ({
      alias,
      pattern: new RegExp(`\\b${alias}\\b(?! Aires)`),
    }));
    const found = reportLines.flatMap((line, index) =>
      isTableLine(line)
        ? []
        : variants
            .filter(({ pattern }) => pattern.test(line))
            .map(({ alias }) => ({ line: index + 1, printed: alias })),
    );
    expect(found).toEqual(published.text.nameMentions.map(({ line, printed }) => ({ line, printed })));
  });
});
