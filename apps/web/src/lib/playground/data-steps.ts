import { imputationMethods, treatmentMethods, type DataSteps, type Scenario } from '@smartcities/core';

/** The imputation and treatment choices of the method pickers. */
export const dataStepChoices = { impute: imputationMethods, treat: treatmentMethods } as const;

/**
 * The scenario with one data step set (`impute` or `treat`); steps that do nothing leave no
 * `data` at all, as core's schema does, so the report's method keeps its hash.
 * @example withDataStep(defaultScenario, 'treat', 'coinr').data // { impute: 'none', treat: 'coinr' }
 */
export function withDataStep(scenario: Scenario, field: 'impute' | 'treat', value: string): Scenario {
  const { data: before, ...rest } = scenario;
  const data = { impute: 'none', treat: 'none', ...before, [field]: value } as DataSteps;
  const idle = data.impute === 'none' && data.treat === 'none' && !data.minAvailability;
  return idle ? rest : { ...rest, data };
}
