import type { PublishedReputationRow } from '../schema/index.ts';
import type { Context } from './context.ts';
import { finding, type Finding } from './finding.ts';
import { expectedRanks, rankFindings } from './rank-findings.ts';

function differenceFinding(
  row: PublishedReputationRow,
  rank: number,
  tied: boolean,
  city?: string,
): Finding[] {
  const correct = row.smartCityRank - rank;
  if (row.difference === correct) return [];
  const kind = tied && rank !== row.reputationRank ? 'rank-tie' : 'difference';
  const message = `smart city rank ${row.smartCityRank} minus reputation rank ${rank} is ${correct}`;
  return [
    finding({
      kind,
      table: '2-6',
      row: row.row,
      column: 'difference',
      printed: row.difference,
      correct,
      message,
      ...(city ? { city } : {}),
    }),
  ];
}

function smartRankFinding(
  context: Context,
  row: PublishedReputationRow,
  city: string | undefined,
): Finding[] {
  const overallRow = context.input.published.overall.rows.find(
    (candidate) => context.overallCity(candidate) === city,
  );
  if (city === undefined || overallRow === undefined || overallRow.rank === row.smartCityRank) return [];
  const message = `the overall table ranks ${context.nameOf(city)} ${overallRow.rank}`;
  return [
    finding({
      kind: 'rank',
      table: '2-6',
      row: row.row,
      column: 'smartCityRank',
      printed: row.smartCityRank,
      correct: overallRow.rank,
      city,
      message,
    }),
  ];
}

function totalFinding(rows: readonly PublishedReputationRow[], total: number): Finding[] {
  const sum = rows.reduce((acc, row) => acc + row.papers, 0);
  if (sum === total) return [];
  const message = `the rows add up to ${sum} papers`;
  return [
    finding({
      kind: 'total',
      table: '2-6',
      row: rows.length + 1,
      column: 'papers',
      printed: total,
      correct: sum,
      message,
    }),
  ];
}

/**
 * Checks table 2-6: reputation ranks against the paper counts (competition ranking), each
 * difference against smart city rank minus reputation rank, each smart city rank against the
 * overall table (rows identified by their values), and the printed total against the rows.
 */
export function checkReputation(context: Context): Finding[] {
  const { rows, total } = context.input.published.reputation;
  const ranked = rows.map((row) => ({
    row: row.row,
    score: row.papers,
    rank: row.reputationRank,
    city: context.resolve(row.label),
  }));
  const ranks = expectedRanks(ranked);
  const perRow = rows.flatMap((row, index) => {
    const city = ranked[index]?.city;
    const tied = rows.some((other) => other !== row && other.papers === row.papers);
    return [
      ...differenceFinding(row, ranks[index] ?? Number.NaN, tied, city),
      ...smartRankFinding(context, row, city),
    ];
  });
  return [...rankFindings('2-6', 'reputationRank', ranked), ...perRow, ...totalFinding(rows, total)];
}
