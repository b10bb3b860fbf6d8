import { describe, expect, it } from 'vitest';
import { consistencyInput2020 } from '../editions/2020/consistency-input.ts';
import { checkConsistency } from './check-consistency.ts';
import type { ConsistencyInput } from './input.ts';

/** The 2020 input with every recorded erratum applied by hand: a report without printing errors. */
function correctedInput(): ConsistencyInput {
  const input = structuredClone(consistencyInput2020) as ConsistencyInput;
  const { overall, pillars, reputation, text } = input.published;
  const names: Record<string, string> = {
    'Bei Jing': 'Beijing',
    Burlin: 'Berlin',
    Buenos: 'Buenos Aires',
    Ellis: 'Rio de Janeiro',
  };
  for (const row of [...pillars.flatMap((table) => table.rows), ...overall.rows])
    row.label = names[row.label] ?? row.label;
  const last = overall.rows[19];
  if (last) last.label = 'Cairo';
  for (const row of overall.rows) row.printedTier = row.tier;
  overall.thresholds.upper.value = 96.8;
  overall.thresholds.lower.value = 72.2;
  const hongKong = reputation.rows[7];
  if (hongKong) Object.assign(hongKong, { reputationRank: 7, difference: 0 });
  text.rankClaims = text.rankClaims.filter((claim) => claim.erratum === undefined);
  text.nameMentions = [];
  text.proseFacts = [];
  return input;
}

const ids = (input: ConsistencyInput) => checkConsistency(input).map((found) => `${found.id} ${found.kind}`);

describe('checkConsistency', () => {
  it('finds nothing in the report once every erratum is applied', () => {
    expect(checkConsistency(correctedInput())).toEqual([]);
  });

  it('flags a pillar score that is not the mean of its indicators, and the overall column that no longer matches', () => {
    const input = correctedInput();
    const london = input.published.pillars[0]?.rows[2];
    if (london) london.score = 89.7;
    expect(ids(input)).toEqual(['E-2-1-r3-score pillar-score', 'E-overall-r1-infrastructure pillar-column']);
    expect(checkConsistency(input)[0]).toMatchObject({ printed: 89.7, correct: 89.9, city: 'london' });
  });

  it('flags a rank that does not follow from the scores', () => {
    const input = correctedInput();
    const paris = input.published.pillars[3]?.rows[10];
    if (paris) paris.rank = 12;
    expect(checkConsistency(input)).toMatchObject([
      { id: 'E-2-4-r11-rank', kind: 'rank', printed: 12, correct: 11, city: 'paris' },
    ]);
  });

  it('flags a tied score that does not share the lowest rank as a rank-tie', () => {
    const input = correctedInput();
    const paris = input.published.reputation.rows[12];
    if (paris) Object.assign(paris, { reputationRank: 13, difference: -7 });
    expect(ids(input)).toEqual(['E-2-6-r13-difference rank-tie', 'E-2-6-r13-reputationRank rank-tie']);
  });

  it('flags a label that names no city, and a printed total that is not the sum', () => {
    const input = correctedInput();
    const row = input.published.pillars[4]?.rows[0];
    if (row) row.label = 'Atlantis';
    input.published.reputation.total = 520;
    expect(checkConsistency(input)).toMatchObject([
      { id: 'E-2-5-r1-label', kind: 'unknown-label', printed: 'Atlantis' },
      { id: 'E-2-6-r21-papers', kind: 'total', printed: 520, correct: 519 },
    ]);
  });

  it('flags an overall score that is not the rescaled mean of its pillar columns', () => {
    const input = correctedInput();
    const tokyo = input.published.overall.rows[11];
    if (tokyo) tokyo.score = 86.9;
    expect(checkConsistency(input)).toMatchObject([
      { id: 'E-overall-r12-score', kind: 'overall-score', printed: 86.9, correct: 86.7 },
    ]);
  });

  it('flags tier sizes the thresholds do not give', () => {
    const input = correctedInput();
    input.published.overall.tierCounts.advanced.count = 12;
    expect(ids(input)).toEqual(['E-text-l287-tier-count-advanced tier-count']);
  });
});
