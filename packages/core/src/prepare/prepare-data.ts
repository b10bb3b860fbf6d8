import type { Dataset } from '@smartcities/data/schema';
import { canonicalJson } from '@smartcities/data/canonical-json';
import { fail } from '../errors.ts';
import { impute, type ImputedCell } from '../impute/impute.ts';
import { screenUnits, type ScreenedUnit } from '../impute/screen.ts';
import type { DataSteps } from '../scenario/schema.ts';
import { treatOutliers, type IndicatorTreatment, type TreatedCell } from '../treat/treat.ts';

/** What the data steps did: units left out, cells imputed, cells treated and a report per indicator. */
export interface DataLog {
  steps: DataSteps;
  screened: ScreenedUnit[];
  imputed: ImputedCell[];
  treated: TreatedCell[];
  treatment: IndicatorTreatment[];
}

/** A dataset after the data steps, and their log. */
export interface Prepared {
  dataset: Dataset;
  log: DataLog;
}

const cache = new WeakMap<Dataset, Map<string, Prepared>>();

/**
 * Runs a scenario's data steps in COINr's order: screen units by availability, impute, treat
 * outliers (on raw values, before directions and normalisation). Cached per dataset and steps.
 * @example prepareData(dataset, { impute: 'mean', treat: 'coinr' }).log.treated.length // 34 on ASEM
 */
export function prepareData(dataset: Dataset, steps: DataSteps): Prepared {
  let byDataset = cache.get(dataset);
  if (!byDataset) cache.set(dataset, (byDataset = new Map()));
  const key = canonicalJson(steps);
  let prepared = byDataset.get(key);
  if (!prepared) byDataset.set(key, (prepared = run(dataset, steps)));
  return prepared;
}

function run(dataset: Dataset, steps: DataSteps): Prepared {
  const screen = screenUnits(dataset, steps.minAvailability ?? 0);
  if (screen.dataset.units.length === 0)
    fail(
      'no-units',
      'data.minAvailability',
      `no unit has at least ${steps.minAvailability} of its indicators`,
    );
  const filled = impute(screen.dataset, steps.impute, groupOption(steps));
  const treated = treatOutliers(filled.dataset, { method: steps.treat });
  return {
    dataset: treated.dataset,
    log: {
      steps,
      screened: screen.screened,
      imputed: filled.changed,
      treated: treated.changed,
      treatment: steps.treat === 'none' ? [] : treated.report,
    },
  };
}

const groupOption = (steps: DataSteps) =>
  steps.imputeGroup === undefined ? {} : { group: steps.imputeGroup };
