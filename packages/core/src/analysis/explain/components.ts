import type { Dataset } from '@smartcities/data/schema';
import { canonicalJson } from '@smartcities/data/canonical-json';
import type { Scenario } from '../../scenario/schema.ts';

/** One side of a comparison: the data and the method that score it. */
export interface ExplainSide {
  dataset: Dataset;
  scenario: Scenario;
}

/**
 * A part of a scenario (or the data) that can be switched from `from` to `to` on its own.
 * `take` returns `into` with this part replaced by the part of `source`.
 */
export interface ExplainComponent {
  name: string;
  /** The scenario fields this component owns (empty for the data). */
  fields: readonly string[];
  take(into: ExplainSide, source: ExplainSide): ExplainSide;
  differs(a: ExplainSide, b: ExplainSide): boolean;
}

type Fields = Record<string, unknown>;

/** A component made of one or more scenario fields, taken together. */
export function scenarioPart(name: string, ...fields: string[]): ExplainComponent {
  const pick = (side: ExplainSide) => fields.map((f) => (side.scenario as unknown as Fields)[f]);
  return {
    name,
    fields,
    take: (into, source) => {
      const scenario: Fields = { ...(into.scenario as unknown as Fields) };
      for (const field of fields) {
        const value = (source.scenario as unknown as Fields)[field];
        if (value === undefined) delete scenario[field];
        else scenario[field] = value;
      }
      return { dataset: into.dataset, scenario: scenario as unknown as Scenario };
    },
    differs: (a, b) => canonicalJson(pick(a)) !== canonicalJson(pick(b)),
  };
}

/**
 * True when two datasets hold the same units, framework and values (cell by cell). Units and
 * framework compare as JSON text: a mere key-order difference counts as a change of data,
 * which then contributes exactly 0.
 */
function sameData(a: Dataset, b: Dataset): boolean {
  const same = <T>(x: T, y: T) => x === y || JSON.stringify(x) === JSON.stringify(y);
  if (!same(a.units, b.units) || !same(a.framework, b.framework)) return false;
  const indicators = a.framework.filter((n) => n.type === 'indicator').map((n) => n.id);
  return a.units.every(({ id }) => indicators.every((i) => Object.is(cellOf(a, id, i), cellOf(b, id, i))));
}

function cellOf(d: Dataset, unit: string, indicator: string): number | null {
  const v = d.values[unit]?.[indicator];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The data values (and the framework's own weights and units) as one component. */
export const dataComponent: ExplainComponent = {
  name: 'data',
  fields: [],
  take: (into, source) => ({ dataset: source.dataset, scenario: into.scenario }),
  differs: (a, b) => a.dataset !== b.dataset && !sameData(a.dataset, b.dataset),
};

/**
 * The components a change is split into, in one place. Every scenario field that affects scores
 * belongs to exactly one entry (a test checks it against the schema), so a new scenario field is
 * one new entry here. `imputation` owns the optional `data` field (imputation and outlier
 * treatment, #15); while a scenario has no such field it never differs and contributes 0.
 */
export const explainComponents: readonly ExplainComponent[] = [
  scenarioPart('weights', 'weights'),
  scenarioPart('normalisation', 'normalisation'),
  scenarioPart('aggregation', 'aggregation'),
  scenarioPart('exclusions', 'exclude'),
  scenarioPart('imputation', 'data'),
  scenarioPart('rescaling', 'rescale'),
  dataComponent,
];

/** Scenario fields that never change a score (only tiers), so they take no part in the split. */
export const nonScoringFields: readonly string[] = ['tiers'];

/** Scenario fields no component owns (a programmer error: add an entry to `explainComponents`). */
export function unclaimedFields(scenario: Scenario, components: readonly ExplainComponent[]): string[] {
  const owned = new Set([...nonScoringFields, ...components.flatMap((c) => c.fields)]);
  return Object.keys(scenario).filter((field) => !owned.has(field));
}
