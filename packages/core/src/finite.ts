import { fail } from './errors.ts';
import type { Plan } from './plan.ts';
import type { Scenario } from './scenario/schema.ts';

/** True when `out` has a value that is infinite, or NaN although every input of that unit was observed. */
function overflowed(out: Float64Array, inputs: readonly Float64Array[]): boolean {
  for (let u = 0; u < out.length; u++) {
    const v = out[u]!;
    if (v === Infinity || v === -Infinity) return true;
    if (Number.isNaN(v) && inputs.every((column) => Number.isFinite(column[u]!))) return true;
  }
  return false;
}

/** The normalisation parameters a scenario sets, as scenario paths (`normalisation.params.upper`). */
const givenParams = (scenario: Scenario) =>
  Object.entries(scenario.normalisation.params)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => `normalisation.params.${key}`);

/**
 * Refuses a normalised column that overflowed (an infinite value, or NaN from an observed value):
 * a ScoringError naming the normalisation parameters that were set (else the method), never a
 * column of garbage that ranks every unit alike.
 */
export function checkNormalised(
  out: Float64Array,
  raw: Float64Array,
  indicator: string,
  scenario: Scenario,
): void {
  if (!overflowed(out, [raw])) return;
  const params = givenParams(scenario);
  const culprit = params.length > 0 ? params.join(', ') : 'the method';
  fail(
    'non-finite',
    params[0] ?? 'normalisation.method',
    `normalising "${indicator}" gave a value beyond the range of numbers; check ${culprit}`,
  );
}

/** The scenario path most likely to blame for an aggregate that overflowed. */
function aggregationCulprit(
  node: string,
  children: readonly string[],
  plan: Plan,
  scenario: Scenario,
): string {
  if (plan.method.get(node) === 'generalised' && scenario.aggregation.p !== undefined) return 'aggregation.p';
  const weighted = Object.keys(scenario.weights);
  const near = weighted.find((id) => id === node || children.includes(id));
  if (near ?? weighted[0]) return `weights.${near ?? weighted[0]}`;
  return plan.method.get(node) === 'generalised' ? 'aggregation.p' : 'values';
}

/**
 * Refuses an aggregate that overflowed (for instance a power mean with a large `p`, or weights
 * too large to add up): a ScoringError naming the parameter that caused it (`aggregation.p`,
 * `weights.<id>`, or the data's `values` when no parameter is involved).
 */
export function checkAggregated(
  out: Float64Array,
  inputs: readonly Float64Array[],
  node: string,
  plan: Plan,
  scenario: Scenario,
): void {
  if (!overflowed(out, inputs)) return;
  const children = plan.children.get(node)?.ids ?? [];
  const path = aggregationCulprit(node, children, plan, scenario);
  fail('non-finite', path, `aggregating "${node}" gave a value beyond the range of numbers; check ${path}`);
}
