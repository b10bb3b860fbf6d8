/** Another unit this one overtook or was overtaken by, and what closed the gap. */
export interface Pass {
  unit: string;
  /**
   * Per component, this unit's contribution minus the other's: together they add up to the
   * change in the gap between the two (positive: in this unit's favour).
   */
  components: Record<string, number>;
}

/** The index of every unit on each side and the per-component contributions, unit-aligned. */
export interface PassInput {
  unitIds: readonly string[];
  from: Float64Array;
  to: Float64Array;
  contributions: Record<string, Float64Array>;
}

/**
 * The units that unit `u` passed (strictly behind it before, strictly ahead after, and now
 * behind) and those that passed it; ties on either side are neither. Unscored units are skipped.
 */
export function passes(input: PassInput, u: number): { passed: Pass[]; passedBy: Pass[] } {
  const passed: Pass[] = [];
  const passedBy: Pass[] = [];
  const { from, to } = input;
  input.unitIds.forEach((_, v) => {
    if (v === u) return;
    if (from[v]! > from[u]! && to[u]! > to[v]!) passed.push(pass(input, u, v));
    if (from[u]! > from[v]! && to[v]! > to[u]!) passedBy.push(pass(input, u, v));
  });
  return { passed, passedBy };
}

function pass(input: PassInput, u: number, v: number): Pass {
  const components: Record<string, number> = {};
  for (const [name, column] of Object.entries(input.contributions))
    components[name] = column[u]! - column[v]!;
  return { unit: input.unitIds[v]!, components };
}
