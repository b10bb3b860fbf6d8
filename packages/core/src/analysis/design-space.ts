import type { AggregationMethod } from '../aggregate/registry.ts';
import type { NormalisationMethod } from '../normalise/registry.ts';
import type { ScoreResult } from '../result.ts';
import type { Factors } from './factors.ts';

/** One uncertain input; a design point holds one number in [0, 1) per input, in this order. */
export type UncertainInput =
  | { id: string; kind: 'weight'; node: string; parent: string; noise: number }
  | { id: 'normalisation'; kind: 'normalisation'; options: NormalisationMethod[] }
  | { id: 'aggregation'; kind: 'aggregation'; options: AggregationMethod[] }
  | { id: 'drop'; kind: 'drop'; options: string[] };

/** The children of one aggregate whose weights vary: nominal weights and the input of each child. */
export interface WeightGroup {
  node: string;
  ids: readonly string[];
  base: Float64Array;
  /** Index of the input that perturbs each child (-1: none) and its noise share. */
  input: Int32Array;
  noise: Float64Array;
}

/** The uncertain inputs of an analysis, resolved against a scored scenario. */
export interface DesignSpace {
  inputs: UncertainInput[];
  groups: WeightGroup[];
}

/**
 * Lists the inputs that vary: one per pillar weight (children of the index), one per indicator
 * weight, then the normalisation choice, the aggregation choice and the dropped indicator.
 * Only indicators whose parent keeps another child can be dropped.
 */
export function designSpace(nominal: ScoreResult, factors: Factors): DesignSpace {
  const { plan, tree } = nominal;
  const inputs: UncertainInput[] = [];
  const addWeights = (ids: readonly string[], noise: number | undefined) => {
    if (!noise) return;
    for (const id of ids)
      inputs.push({
        id: `weight:${id}`,
        kind: 'weight',
        node: id,
        parent: tree.nodes.get(id)!.parent!,
        noise,
      });
  };
  addWeights(plan.children.get(tree.root)!.ids, factors.weightNoise?.pillars);
  addWeights(plan.indicators, factors.weightNoise?.indicators);
  if (factors.normalisation)
    inputs.push({ id: 'normalisation', kind: 'normalisation', options: [...factors.normalisation] });
  if (factors.aggregation)
    inputs.push({ id: 'aggregation', kind: 'aggregation', options: [...factors.aggregation] });
  if (factors.dropOne) {
    const options = plan.indicators.filter(
      (id) => plan.children.get(tree.nodes.get(id)!.parent!)!.ids.length > 1,
    );
    inputs.push({ id: 'drop', kind: 'drop', options });
  }
  return { inputs, groups: weightGroups(nominal, inputs) };
}

function weightGroups(nominal: ScoreResult, inputs: UncertainInput[]): WeightGroup[] {
  const parents = new Set(inputs.flatMap((input) => (input.kind === 'weight' ? [input.parent] : [])));
  return [...parents].map((node) => {
    const { ids, weights } = nominal.plan.children.get(node)!;
    const input = Int32Array.from(ids, (id) => inputs.findIndex((i) => i.kind === 'weight' && i.node === id));
    const noise = Float64Array.from(input, (k) => (k >= 0 ? (inputs[k] as { noise: number }).noise : 0));
    return { node, ids, base: Float64Array.from(weights), input, noise };
  });
}

/**
 * The weights of a group at a design point: w·(1 + noise·(2u - 1)), divided by their sum so
 * that siblings sum to 1. Written into `out` (no allocation).
 */
export function groupWeights(group: WeightGroup, point: ArrayLike<number>, out: Float64Array): Float64Array {
  let sum = 0;
  for (let c = 0; c < group.base.length; c++) {
    const k = group.input[c]!;
    const w = k >= 0 ? group.base[c]! * (1 + group.noise[c]! * (2 * point[k]! - 1)) : group.base[c]!;
    out[c] = w;
    sum += w;
  }
  for (let c = 0; c < group.base.length; c++) out[c] = out[c]! / sum;
  return out;
}

/** The position and description of the input of one kind, or null when that kind does not vary. */
export function inputOf<K extends UncertainInput['kind']>(
  space: DesignSpace,
  kind: K,
): { at: number; input: Extract<UncertainInput, { kind: K }> } | null {
  const at = space.inputs.findIndex((input) => input.kind === kind);
  return at < 0 ? null : { at, input: space.inputs[at] as Extract<UncertainInput, { kind: K }> };
}

/** The option a number in [0, 1) picks from a list of k: floor(u·k), equal chances. */
export function pick<T>(options: readonly T[], u: number): T {
  return options[Math.min(options.length - 1, Math.floor(u * options.length))]!;
}
