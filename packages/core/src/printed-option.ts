import type { ScoreResult } from './result.ts';
import { publishedFigures } from './published-figures.ts';
import { isReportMethod } from './report-method.ts';
import { verifyPrintedScores } from './verify/verify.ts';
import type { VerifiableEdition } from './verify/types.ts';

/**
 * Makes the option that puts an edition's printed figures beside a result: `compute` runs once per
 * edition object, and the figures are offered only where `showsPrinted` holds (the report's method
 * on the edition's own inputs), never under another scenario or other data.
 */
export function besidePrinted<T>(
  compute: (edition: VerifiableEdition, result: ScoreResult) => T,
): (result: ScoreResult, edition: VerifiableEdition) => { published?: T } {
  const cache = new WeakMap<VerifiableEdition, T>();
  return (result, edition) => {
    if (!showsPrinted(result, edition)) return {};
    let figures = cache.get(edition);
    if (figures === undefined) cache.set(edition, (figures = compute(edition, result)));
    return { published: figures };
  };
}

/**
 * The printed figures to show beside a result: the edition's `publishedFigures` when the result
 * uses the report's method and the edition's inputs, none under any other scenario or data.
 * The printed scores, ranks and tiers are verified once per edition object.
 * @example rankingRows(result, dataset, { ...printedOption(result, edition2020) })
 */
export const printedOption = besidePrinted((edition, result) =>
  publishedFigures(verifyPrintedScores(edition, result)),
);

/** True when a result uses the report's method on the edition's own inputs: then printed figures sit beside it. */
export function showsPrinted(result: ScoreResult, edition: VerifiableEdition): boolean {
  return isReportMethod(result) && result.provenance.dataHash === edition.dataset.edition.hash;
}
