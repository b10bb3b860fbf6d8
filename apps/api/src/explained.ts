import { unknownName, ScoringError, type Scenario } from '@smartcities/core';
import { explain, explainJson } from '@smartcities/core/analysis';
import type { Dataset } from '@smartcities/data/schema';
import { MAX_EXPLAIN_UNITS } from './limits.ts';
import { ApiProblem } from './problem.ts';
import { scoreOrFail } from './scored.ts';

/** Where the two sides and the city came from, to name them in problems. */
export interface ExplainPlaces {
  from: string;
  to: string;
  city: string;
  status: 400 | 422;
}

function checkCity(dataset: Dataset, city: string | undefined, places: ExplainPlaces): void {
  if (city === undefined) {
    if (dataset.units.length > MAX_EXPLAIN_UNITS)
      throw new ApiProblem(
        422,
        'too-many-units',
        `explaining every unit is capped at ${MAX_EXPLAIN_UNITS} units (this dataset has ${dataset.units.length}); ask for one with ${places.city}`,
      );
    return;
  }
  const ids = dataset.units.map((u) => u.id);
  if (!ids.includes(city)) {
    const message = unknownName('city', city, ids);
    throw new ApiProblem(places.status, 'unknown-city', `${places.city}: ${message}`, {
      errors: [{ path: places.city, message, code: 'unknown-city' }],
    });
  }
}

/**
 * Core's explanation of a dataset between two scenarios (the `to` side on `toDataset` when given)
 * as the API's JSON: each side must fit its data (problems name the side); a mix of the two that
 * cannot be scored, or two datasets with different frameworks, is a 422.
 */
export function explained(
  dataset: Dataset,
  sides: { from: Scenario; to: Scenario; city?: string | undefined; toDataset?: Dataset },
  places: ExplainPlaces,
) {
  const first = scoreOrFail(dataset, sides.from, places.status, places.from);
  const second = scoreOrFail(sides.toDataset ?? dataset, sides.to, places.status, places.to);
  checkCity(dataset, sides.city, places);
  try {
    const explanation = explain(dataset, sides.from, sides.to, {
      ...(sides.city !== undefined && { unit: sides.city }),
      ...(sides.toDataset && { toDataset: sides.toDataset }),
    });
    return { provenance: { from: first.provenance, to: second.provenance }, ...explainJson(explanation) };
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    const errors = error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
    throw new ApiProblem(422, 'cannot-explain', errors.map((e) => e.message).join('; '), { errors });
  }
}

/** The rows flattened for CSV: contributions as `contributions.<component>`, passes as id lists. */
export function explainCsvRows(body: ReturnType<typeof explained>): Record<string, unknown>[] {
  return body.rows.map((row) => ({
    city: row.city,
    from: row.from,
    to: row.to,
    change: row.change,
    rankFrom: row.rankFrom,
    rankTo: row.rankTo,
    ...Object.fromEntries(body.components.map((c) => [`contributions.${c}`, row.contributions?.[c] ?? null])),
    passed: row.passed.map((p) => p.city).join(' '),
    passedBy: row.passedBy.map((p) => p.city).join(' '),
    tierFrom: row.tierFrom,
    tierTo: row.tierTo,
  }));
}
