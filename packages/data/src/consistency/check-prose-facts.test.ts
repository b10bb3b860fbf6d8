import { describe, expect, it } from 'vitest';
import { consistencyInput2020 } from '../editions/2020/consistency-input.ts';
import { errata } from '../editions/2020/errata.ts';
import type { ProseFact } from '../schema/index.ts';
import { checkConsistency } from './check-consistency.ts';
import type { ConsistencyInput } from './input.ts';

const withFacts = (proseFacts: ProseFact[]): ConsistencyInput => ({
  ...consistencyInput2020,
  published: {
    ...consistencyInput2020.published,
    text: { rankClaims: [], nameMentions: [], proseFacts },
  },
});
const found = (fact: ProseFact) =>
  checkConsistency(withFacts([fact])).filter((f) => f.table === 'text' && f.row === fact.line);

const facts = consistencyInput2020.published.text.proseFacts ?? [];
const fact = <K extends ProseFact['kind']>(kind: K) =>
  facts.find((f) => f.kind === kind) as Extract<ProseFact, { kind: K }>;

describe('checkConsistency() on the prose facts of the 2020 report', () => {
  it.each(facts)('finds the erratum $erratum on line $line, as recorded', (printed) => {
    const [finding] = found(printed);
    const erratum = errata.find((e) => e.id === printed.erratum)!;
    expect(finding).toMatchObject({
      id: erratum.id,
      kind: erratum.kind,
      printed: erratum.printed,
      correct: erratum.correct,
    });
  });

  it.each([
    ['figures without a placeholder', { ...fact('figures'), printed: ['1.738 million', '0.2 million'] }],
    [
      'a term that names an indicator of the pillar',
      { ...fact('indicator-term'), printed: 'ICT industry level' },
    ],
    ['editions two years apart', { ...fact('cadence'), earlier: { line: 190, years: [2014, 2016, 2018] } }],
    [
      'user counts that grow',
      {
        ...fact('user-counts'),
        counts: [
          { afterDays: 1, users: 20000, atLeast: false },
          { afterDays: 7, users: 100000, atLeast: true },
        ],
      },
    ],
  ] as [string, ProseFact][])('finds nothing for %s', (_, consistent) => {
    expect(found(consistent)).toEqual([]);
  });

  it('names the indicator on which the city ranks best as the term meant', () => {
    expect(found({ ...fact('indicator-term'), city: 'paris' })[0]?.correct).toBe('digital-applications');
  });
});
