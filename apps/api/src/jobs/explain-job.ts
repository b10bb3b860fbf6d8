import type { Scenario } from '@smartcities/core';
import { checkpoint, type RunOptions } from '@smartcities/core/analysis';
import { datasetFromText } from '../dataset-body.ts';
import { edition } from '../edition.ts';
import { explainCsvRows, explained } from '../explained.ts';
import type { Format } from '../format.ts';
import { representation, type Representation } from '../representation.ts';

/** What an explain job needs: both validated sides, the city, the posted dataset (or none) and the format. */
export interface ExplainInput {
  from: Scenario;
  to: Scenario;
  city: string | undefined;
  dataset: Record<string, unknown> | undefined;
  format: Format;
}

/** Loads the posted dataset (or takes the edition), explains it between the two sides and renders it. */
export async function explainJob(input: ExplainInput, options: RunOptions): Promise<Representation> {
  const dataset =
    input.dataset === undefined
      ? edition.dataset
      : (await datasetFromText(JSON.stringify(input.dataset), 'json', 'dataset.json')).dataset;
  checkpoint(options, 1, 2);
  const sides = { from: input.from, to: input.to, city: input.city };
  const out = explained(dataset, sides, { from: 'from.', to: 'to.', city: 'city', status: 422 });
  return representation(input.format, out, () => explainCsvRows(out));
}
