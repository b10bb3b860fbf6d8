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
  /** The `to` side's posted dataset (same framework), if any. */
  toDataset: Record<string, unknown> | undefined;
  format: Format;
}

async function loaded(posted: Record<string, unknown>, file: string) {
  return (await datasetFromText(JSON.stringify(posted), 'json', file)).dataset;
}

/** Loads the posted datasets (or takes the edition), explains the change between the two sides and renders it. */
export async function explainJob(input: ExplainInput, options: RunOptions): Promise<Representation> {
  const dataset = input.dataset === undefined ? edition.dataset : await loaded(input.dataset, 'dataset.json');
  const toDataset = input.toDataset && (await loaded(input.toDataset, 'toDataset.json'));
  checkpoint(options, 1, 2);
  const sides = { from: input.from, to: input.to, city: input.city, ...(toDataset && { toDataset }) };
  const out = explained(dataset, sides, { from: 'from.', to: 'to.', city: 'city', status: 422 });
  return representation(input.format, out, () => explainCsvRows(out));
}
