export { score, safeScore } from './score.ts';
export { rankingRows, nodeRanks, flatRankingRow, type RankingRow } from './rows.ts';
export { cell, type ScoreResult, type Provenance } from './result.ts';
export { profile, type Profile, type ProfileNode } from './profile.ts';
export { reputation, type Reputation, type ReputationRow } from './reputation.ts';
export { ScoringError, type Issue } from './errors.ts';
export { didYouMean, unknownName } from './did-you-mean.ts';
export { ENGINE_VERSION } from './version.ts';

export { frameworkTree, levelName, type FrameworkTree } from './framework/tree.ts';
export { planFor, type Plan } from './plan.ts';
export { matrixOf, type Matrix } from './matrix.ts';

export {
  scenarioSchema,
  normalisationSchema,
  normalisationParamsSchema,
  aggregationSchema,
  tierRuleSchema,
  type Scenario,
  type ScenarioInput,
  type TierRuleSpec,
} from './scenario/schema.ts';
export { parseScenario, defineScenario, defaultScenario, toIssues, type ParsedScenario } from './scenario/parse.ts';
export { scenarioToQuery, scenarioFromQuery, isScenarioParam, queryKeyFor } from './scenario/url.ts';
export { scenarioHash } from './scenario/hash.ts';
export { canonicalJson } from '@smartcities/data/canonical-json';

export { normalisers, normalisationMethods, type NormalisationMethod } from './normalise/registry.ts';
export type { Normaliser, NormalisationParams, NormaliseContext } from './normalise/types.ts';
export { aggregators, aggregationMethods, type AggregationMethod } from './aggregate/registry.ts';
export type { Aggregator, AggregateInput, AggregationParams } from './aggregate/types.ts';
export { tierRules, assignTiers } from './tiers/registry.ts';
export { tierNames, classify, type TierName, type TierAssignment, type TierRule } from './tiers/types.ts';

export { competitionRank } from './stats/competition-rank.ts';
export { observed, populationSd, type Observed } from './stats/observed.ts';
export { quantile, quantileSorted, median } from './stats/quantile.ts';
export { averageRank } from './stats/average-rank.ts';
export { pearson } from './stats/pearson.ts';
export { spearman } from './stats/spearman.ts';
export { kendall } from './stats/kendall.ts';

export { impute, withCells, type ImputationMethod, type ImputedCell } from './impute/impute.ts';
export { treatOutliers, type TreatOptions, type TreatedCell } from './treat/treat.ts';
export { moments } from './treat/moments.ts';

export { verify } from './verify/verify.ts';
export { SCORE_TOLERANCE } from './verify/check-cell.ts';
export type { VerifiableEdition, Verification, VerifiedCell, CellStatus } from './verify/types.ts';
export { exportDocument, exportSheets, type ExportDocument, type ExportableEdition, type Sheet } from './export.ts';
