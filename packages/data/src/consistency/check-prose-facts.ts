import type { ProseFact } from '../schema/index.ts';
import type { Context } from './context.ts';
import { finding, type Finding } from './finding.ts';

const cityOf = (fact: ProseFact) => (fact.city ? { city: fact.city } : {});

type Fact<K extends ProseFact['kind']> = Extract<ProseFact, { kind: K }>;

/** A figure whose digits are the placeholder run 1234 (or 123, 12345…), not a measured number. */
const isPlaceholder = (figure: string) => /(^|[^\d.])1234(5|56)?([^\d.]|$)/.test(figure);

function figures(fact: Fact<'figures'>): Finding[] {
  const placeholders = fact.printed.filter(isPlaceholder);
  if (placeholders.length === 0) return [];
  const message = `${placeholders.length} of the ${fact.printed.length} figures on this line are the placeholder "${placeholders[0]}"`;
  return [
    finding({
      kind: 'placeholder',
      table: 'text',
      row: fact.line,
      column: 'figure',
      printed: placeholders[0]!,
      correct: 'figure not given',
      message,
      ...cityOf(fact),
    }),
  ];
}

/** The indicator of a pillar on which a city ranks best among the printed values (first on ties). */
function bestIndicator(context: Context, pillar: string, city: string): string | undefined {
  const { values, indicatorsByPillar } = context.input;
  const rankOn = (indicator: string) => {
    const own = values[city]?.[indicator] ?? -Infinity;
    return 1 + Object.values(values).filter((v) => (v[indicator] ?? -Infinity) > own).length;
  };
  const ids = indicatorsByPillar[pillar] ?? [];
  return [...ids].sort((a, b) => rankOn(a) - rankOn(b))[0];
}

function indicatorTerm(context: Context, fact: Fact<'indicator-term'>): Finding[] {
  const ids = context.input.indicatorsByPillar[fact.pillar] ?? [];
  const asId = fact.printed.toLowerCase().replace(/\s+/g, '-');
  if (ids.includes(asId)) return [];
  const correct = bestIndicator(context, fact.pillar, fact.city) ?? 'unknown';
  const message = `"${fact.printed}" is no indicator of ${fact.pillar}; ${fact.city} ranks best there on ${correct}`;
  return [
    finding({
      kind: 'wrong-term',
      table: 'text',
      row: fact.line,
      column: 'indicator-term',
      printed: fact.printed,
      correct,
      city: fact.city,
      message,
    }),
  ];
}

function cadence(fact: Fact<'cadence'>): Finding[] {
  const years = [...fact.earlier.years, fact.year];
  const gaps = years.slice(1).map((y, i) => y - years[i]!);
  if (gaps.every((gap) => gap === fact.everyYears)) return [];
  const correct = `editions in ${years.join(', ')} (gaps of ${gaps.join(', ')} years)`;
  const message = `"${fact.printed}" means every ${fact.everyYears} years, but line ${fact.earlier.line} dates the editions ${years.join(', ')}`;
  return [
    finding({
      kind: 'contradiction',
      table: 'text',
      row: fact.line,
      column: 'cadence',
      printed: fact.printed,
      correct,
      message,
    }),
  ];
}

function userCounts(fact: Fact<'user-counts'>): Finding[] {
  const counts = [...fact.counts].sort((a, b) => a.afterDays - b.afterDays);
  const drop = counts.findIndex((c, i) => i > 0 && c.users < counts[i - 1]!.users);
  if (drop < 0) return [];
  const [before, after] = [counts[drop - 1]!, counts[drop]!];
  const correct = `at least ${before.users} users after ${after.afterDays} days`;
  const message = `${before.users} users after ${before.afterDays} day(s) cannot become ${after.atLeast ? 'more than ' : ''}${after.users} after ${after.afterDays}`;
  return [
    finding({
      kind: 'contradiction',
      table: 'text',
      row: fact.line,
      column: 'user-counts',
      printed: fact.printed,
      correct,
      message,
      ...cityOf(fact),
    }),
  ];
}

/**
 * Checks the prose's checkable facts on their own terms: placeholder figures, terms that name no
 * indicator of their pillar, a claimed cadence against the years of the editions, and user counts
 * that fall over time.
 */
export function checkProseFacts(context: Context): Finding[] {
  return (context.input.published.text.proseFacts ?? []).flatMap((fact) => {
    if (fact.kind === 'figures') return figures(fact);
    if (fact.kind === 'indicator-term') return indicatorTerm(context, fact);
    if (fact.kind === 'cadence') return cadence(fact);
    return userCounts(fact);
  });
}
