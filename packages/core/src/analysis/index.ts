export { createRandom, type Random } from './random.ts';
export { CancelledError, checkpoint, type CancelReason, type RunOptions } from './progress.ts';

export {
  uncertaintySpecSchema,
  uncertaintySpecSchemaWithin,
  MAX_RUNS,
  parseUncertaintySpec,
  type UncertaintySpec,
  type UncertaintySpecInput,
} from './uncertainty-spec.ts';
export {
  sensitivitySpecSchema,
  sensitivitySpecSchemaWithin,
  MAX_SENSITIVITY,
  parseSensitivitySpec,
  type SensitivitySpec,
  type SensitivitySpecInput,
} from './sensitivity-spec.ts';
export type { Factors } from './factors.ts';
export { designSpace, type DesignSpace, type UncertainInput } from './design-space.ts';
export { designSchema, designAt, applyDesign, type Design } from './design.ts';
export { replayRun } from './replay-run.ts';
export { runUncertainty, type UncertaintyResult } from './run-uncertainty.ts';
export { summariseDesigns } from './summarise-designs.ts';
export type { UncertaintyRow } from './rank-tally.ts';
export type { RunDesigns } from './run-designs.ts';
export type { Failures } from './failure-log.ts';
export { compileModel, type FastModel } from './fast-model.ts';

export { sobol, type SobolResult } from './sobol.ts';
export { runSensitivity, type SensitivityResult, type SensitivityRow } from './run-sensitivity.ts';
export { removeOne, type RemoveOneRow, type RankChange } from './remove-one.ts';

export { correlations, type CorrelationMatrix } from './correlations.ts';
export { pillarStructure, type PillarStructure } from './pillar-structure.ts';
export {
  correlationTest,
  correlationMethods,
  type CorrelationMethod,
  type CorrelationTest,
} from './stats/correlation-test.ts';
export { cronbachAlpha } from './stats/cronbach-alpha.ts';
export { principalComponents, type PrincipalComponents } from './stats/principal-components.ts';
export { jacobiEigen, type Eigen } from './stats/jacobi-eigen.ts';
export { parseSpec, type SpecResult } from './parse-spec.ts';
export { incompleteBeta } from './special/incomplete-beta.ts';
export { logGamma } from './special/log-gamma.ts';
export { normalUpperTail } from './special/normal-cdf.ts';
export { studentTTwoSided } from './special/student-t.ts';

export { whatItTakes, type WhatItTakes, type WhatItTakesOptions } from './what-it-takes/what-it-takes.ts';
export { targetSchema, type Target, type Standing } from './what-it-takes/target.ts';
export type { SingleAnswer } from './what-it-takes/single.ts';
export type { CombinationAnswer } from './what-it-takes/combination.ts';
export type { Change } from './what-it-takes/improve.ts';
export { bestValue } from './what-it-takes/best-value.ts';
export { explain, type ExplainOptions } from './explain/explain.ts';
export type { Explanation, ExplainRow } from './explain/explain-row.ts';
export {
  explainComponents,
  scenarioPart,
  dataComponent,
  nonScoringFields,
  type ExplainComponent,
  type ExplainSide,
} from './explain/components.ts';
export type { IndicatorContribution } from './explain/by-indicator.ts';
export type { Pass } from './explain/passes.ts';
export type { TierCrossing, Cutoffs } from './explain/tier-change.ts';
export {
  explainJson,
  explainJsonRow,
  type ExplainJson,
  type ExplainJsonRow,
} from './explain/explain-json.ts';
export { largestParts } from './explain/largest.ts';
export { shapley, shapleyWeights } from './explain/shapley.ts';

export { audit, type Audit } from './audit/audit.ts';
export {
  auditOptionsSchema,
  parseAuditOptions,
  parseAuditText,
  AUDIT_LIMITS,
  type AuditOptions,
  type AuditText,
} from './audit/audit-options.ts';
export type { DataSection, IndicatorData } from './audit/data-section.ts';
export type { StructureSection, PillarAudit, Pair, PairMatrix } from './audit/structure-section.ts';
export type { RobustnessSection } from './audit/robustness-section.ts';
export type { UnitsSection, UnitAudit, IndicatorRank } from './audit/units-section.ts';
export { lookFor } from './audit/look-for.ts';
export { auditHtml } from './audit/audit-html.ts';
export { reportText, type ReportLang } from './audit/html-text.ts';
