import type { Dataset } from '@smartcities/data/schema';
import { unitAvailability, type ScreenedUnit } from '../../impute/screen.ts';
import type { ImputedCell } from '../../impute/impute.ts';
import { matrixOf } from '../../matrix.ts';
import { prepareData } from '../../prepare/prepare-data.ts';
import type { ScoreResult } from '../../result.ts';
import { kurtosis, skewness } from '../../treat/skewness.ts';
import type { TreatedCell } from '../../treat/treat.ts';
import { lookFor } from './look-for.ts';

/** One indicator's data: availability, and skewness and kurtosis before and after treatment. */
export interface IndicatorData {
  indicator: string;
  /** Share of units with an observed (raw) value. */
  availability: number;
  imputed: number;
  skewness: number;
  kurtosis: number;
  skewnessAfter: number;
  kurtosisAfter: number;
  action: 'none' | 'winsorised' | 'log';
}

/** The audit's data section. */
export interface DataSection {
  lookFor: string;
  units: { unit: string; availability: number }[];
  indicators: IndicatorData[];
  screened: ScreenedUnit[];
  imputed: ImputedCell[];
  treated: TreatedCell[];
}

/**
 * Availability per unit and indicator on the raw data; skewness and kurtosis (COINr's sample
 * formulas) of each indicator before the data steps and after them (after imputation and
 * treatment, on the units kept), with what treatment did.
 */
export function dataSection(dataset: Dataset, result: ScoreResult): DataSection {
  const raw = matrixOf(dataset);
  const share = unitAvailability(dataset);
  const after = result.scenario.data ? matrixOf(prepareData(dataset, result.scenario.data).dataset) : raw;
  const actions = new Map(result.data?.treatment.map((t) => [t.indicator, t.action]) ?? []);
  const imputed = result.data?.imputed ?? [];
  const indicators = result.plan.indicators.map((indicator): IndicatorData => {
    const column = raw.columns.get(indicator)!;
    const treated = after.columns.get(indicator)!;
    return {
      indicator,
      availability: column.filter((v) => !Number.isNaN(v)).length / column.length,
      imputed: imputed.filter((c) => c.indicator === indicator).length,
      skewness: skewness(column),
      kurtosis: kurtosis(column),
      skewnessAfter: skewness(treated),
      kurtosisAfter: kurtosis(treated),
      action: actions.get(indicator) ?? 'none',
    };
  });
  return {
    lookFor: lookFor.data,
    units: raw.unitIds.map((unit, u) => ({ unit, availability: share[u]! })),
    indicators,
    screened: result.data?.screened ?? [],
    imputed,
    treated: result.data?.treated ?? [],
  };
}
