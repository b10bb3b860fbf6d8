import type { Dataset } from '@smartcities/data/schema';
import type { Provenance } from '../../result.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { score } from '../../score.ts';
import type { RunOptions } from '../progress.ts';
import { auditOptionsSchema, type AuditOptions } from './audit-options.ts';
import { dataSection, type DataSection } from './data-section.ts';
import { robustnessSection, type RobustnessSection } from './robustness-section.ts';
import { structureSection, type StructureSection } from './structure-section.ts';
import { unitsSection, type UnitsSection } from './units-section.ts';

/** A statistical audit of an index, in the sections of a JRC audit. */
export interface Audit {
  provenance: Provenance;
  scenario: Scenario;
  title: string;
  units: { id: string; name: string }[];
  nodes: { id: string; name: string; type: 'indicator' | 'aggregate' }[];
  options: AuditOptions;
  data: DataSection;
  structure: StructureSection;
  robustness: RobustnessSection;
  perUnit: UnitsSection;
}

/**
 * Audits a dataset under a scenario: data (availability, imputed and treated cells, skewness and
 * kurtosis before and after), structure (correlations with p-values, alpha, PCA, effective
 * weights), robustness (Monte Carlo rank intervals and tiers, Sobol indices with bootstrap
 * intervals, remove-one shifts; seeded) and each unit's strengths and weaknesses. Each section
 * carries a sentence on what to look for. Throws a ScoringError when the scenario does not fit.
 * @example audit(dataset2020, defaultScenario, { runs: 500, seed: 1 }).structure.pillars[0].alpha
 */
export function audit(
  dataset: Dataset,
  scenario: Scenario,
  options: Partial<AuditOptions> = {},
  run: RunOptions = {},
): Audit {
  const resolved = auditOptionsSchema.parse(options);
  const result = score(dataset, scenario);
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  return {
    provenance: result.provenance,
    scenario,
    title: result.tree.nodes.get(result.tree.root)!.name,
    units: result.unitIds.map((id) => ({ id, name: names.get(id) ?? id })),
    nodes: [...result.plan.indicators, ...result.plan.aggregates].map((id) => {
      const node = result.tree.nodes.get(id)!;
      return { id, name: node.name, type: node.type === 'indicator' ? 'indicator' : 'aggregate' };
    }),
    options: resolved,
    data: dataSection(dataset, result),
    structure: structureSection(result),
    robustness: robustnessSection(dataset, scenario, result, resolved, run),
    perUnit: unitsSection(result),
  };
}
