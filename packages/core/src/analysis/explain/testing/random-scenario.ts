import type { Dataset } from '@smartcities/data/schema';
import { aggregationMethods } from '../../../aggregate/registry.ts';
import { normalisationMethods } from '../../../normalise/registry.ts';
import { defineScenario } from '../../../scenario/parse.ts';
import type { Scenario, ScenarioInput } from '../../../scenario/schema.ts';
import type { Random } from '../../random.ts';
import { explainComponents } from '../components.ts';

const pick = <T>(random: Random, list: readonly T[]): T => list[random.int(list.length)]!;

/** Largest absolute value in the data: goalposts and targets that fit every indicator. */
function span(dataset: Dataset): number {
  let max = 0;
  for (const row of Object.values(dataset.values))
    for (const v of Object.values(row)) if (typeof v === 'number') max = Math.max(max, Math.abs(v));
  return max + 1;
}

function normalisation(random: Random, dataset: Dataset): ScenarioInput['normalisation'] {
  const method = pick(random, normalisationMethods);
  const s = span(dataset);
  if (method === 'goalposts') return { method, params: { goalposts: { lower: -s, upper: s } } };
  if (method === 'distance-to-target') return { method, params: { target: s } };
  if (method === 'distance-to-reference')
    return { method, params: { reference: pick(random, dataset.units).id } };
  return { method };
}

function weights(random: Random, dataset: Dataset): Record<string, number> {
  const nodes = dataset.framework.filter((n) => n.parent !== null);
  const out: Record<string, number> = {};
  if (random.next() < 0.6)
    for (const n of nodes) if (random.next() < 0.3) out[n.id] = 0.25 + 1.75 * random.next();
  return out;
}

/** One indicator from a parent with at least two children, or none. */
function exclusions(random: Random, dataset: Dataset): string[] {
  const indicators = dataset.framework.filter(
    (n) => n.type === 'indicator' && dataset.framework.filter((m) => m.parent === n.parent).length > 1,
  );
  return random.next() < 0.4 && indicators.length > 0 ? [pick(random, indicators).id] : [];
}

/**
 * A seeded random scenario over every normalisation and aggregation method (zeros shifted so
 * that geometric and harmonic means apply), random weights, an exclusion, rescaling and tiers.
 */
export function randomScenario(random: Random, dataset: Dataset): Scenario {
  return defineScenario({
    normalisation: normalisation(random, dataset),
    aggregation: { method: pick(random, aggregationMethods), nonPositive: 'shift' },
    weights: weights(random, dataset),
    exclude: exclusions(random, dataset),
    rescale: random.next() < 0.7 ? 'leader-100' : 'none',
    tiers: random.next() < 0.5 ? { rule: 'mean-sd', k: 0.5 + random.next() } : { rule: 'quantile' },
  });
}

/**
 * A random `to` for a given `from`: each component taken from an independent random scenario
 * with probability one half, so that some components differ and others do not.
 */
export function randomPartner(random: Random, dataset: Dataset, from: Scenario): Scenario {
  const other = randomScenario(random, dataset);
  let side = { dataset, scenario: from };
  for (const component of explainComponents)
    if (random.next() < 0.5) side = component.take(side, { dataset, scenario: other });
  return side.scenario;
}
