import type { ScoreResult } from './result.ts';
import { publishedFigures, type PublishedFigures } from './published-figures.ts';
import { isReportMethod } from './report-method.ts';
import { verifyPrintedScores } from './verify/verify.ts';
import type { VerifiableEdition } from './verify/types.ts';

const cache = new WeakMap<VerifiableEdition, Record<string, PublishedFigures>>();

/**
 * The printed figures to show beside a result: the edition's `publishedFigures` when the result
 * uses the report's method and the edition's inputs, none under any other scenario or data.
 * The printed scores, ranks and tiers are verified once per edition object.
 * @example rankingRows(result, dataset, { ...printedOption(result, edition2020) })
 */
export function printedOption(
  result: ScoreResult,
  edition: VerifiableEdition,
): { published?: Record<string, PublishedFigures> } {
  if (!showsPrinted(result, edition)) return {};
  let figures = cache.get(edition);
  if (!figures) cache.set(edition, (figures = publishedFigures(verifyPrintedScores(edition, result))));
  return { published: figures };
}

/** True when a result uses the report's method on the edition's own inputs: then printed figures sit beside it. */
export function showsPrinted(result: ScoreResult, edition: VerifiableEdition): boolean {
  return isReportMethod(result) && result.provenance.dataHash === edition.dataset.edition.hash;
}
