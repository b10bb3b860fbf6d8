import type { Erratum, Published } from '@smartcities/data/schema';
import { didYouMean } from '../did-you-mean.ts';
import { cell, type ScoreResult } from '../result.ts';
import { nodeRanks } from '../rows.ts';
import { judgeExact } from './judge.ts';
import type { VerifiedCell } from './types.ts';

/**
 * The prose's rank claims ("these cities rank 7-15 in infrastructure") against computed ranks, and
 * its non-canonical city names, resolved through the edition's table of printed name variants. A claim passes when every named city's rank lies in the range;
 * printed and computed are written as "city lo-hi" lists.
 */
export function verifyText(
  published: Published,
  result: ScoreResult,
  reputationRanks: ReadonlyMap<string, number | null>,
  names: ReadonlyMap<string, string>,
  aliases: Readonly<Record<string, string>>,
  errata: ReadonlyMap<string, Erratum>,
): VerifiedCell[] {
  const claims = published.text.rankClaims.map(({ line, ranking, cities, ranks: [lo, hi], erratum }) => {
    const rankOf = (city: string) =>
      (ranking === 'reputation'
        ? reputationRanks.get(city)
        : cell(ranksFor(result, ranking), result.unitIds.indexOf(city))) ?? NaN;
    const inRange = cities.every((c) => rankOf(c) >= lo && rankOf(c) <= hi);
    const printed = cities.map((c) => `${c} ${lo === hi ? lo : `${lo}-${hi}`}`).join(', ');
    const computed = inRange ? printed : cities.map((c) => `${c} ${rankOf(c)}`).join(', ');
    return judgeExact(
      {
        table: 'text',
        row: line,
        column: `rank-of-${cities.join('-')}`,
        published: printed,
        computed,
        erratum,
      },
      errata,
    );
  });
  const canonical = [...names.values()];
  const mentions = published.text.nameMentions.map(({ line, printed, erratum }) => {
    const alias = aliases[printed];
    const computed = canonical.includes(printed)
      ? printed
      : alias
        ? (names.get(alias) ?? alias)
        : (didYouMean(printed, canonical) ?? 'unknown');
    return judgeExact(
      { table: 'text', row: line, column: 'city-name', published: printed, computed, erratum },
      errata,
    );
  });
  return [...claims, ...mentions];
}

function ranksFor(result: ScoreResult, ranking: string): Float64Array | undefined {
  return nodeRanks(result, ranking === 'overall' ? result.tree.root : ranking);
}
