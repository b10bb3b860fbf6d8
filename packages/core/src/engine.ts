/**
 * The engine without scenario validation: everything that scores, ranks, verifies and exports,
 * with no zod at start-up. Apps that only score (the CLI's start) import this; validation of
 * untrusted scenarios lives in the main entry.
 */
export { score, safeScore } from './score.ts';
export {
  rankingRows,
  nodeRanks,
  flatRankingRow,
  defaultBaseline,
  type RankingRow,
  type PrintedRow,
} from './rows.ts';
export { isReportMethod } from './report-method.ts';
export { printedOption, showsPrinted } from './printed-option.ts';
export { printedLeaders } from './printed-leaders.ts';
export { topWithTies } from './top-with-ties.ts';
export { offScale, type OffScale } from './off-scale.ts';
export { levelRows, levelNodes, flatLevelRow, type LevelRow, type CellFlag } from './level-rows.ts';
export { cell, type ScoreResult, type Provenance } from './result.ts';
export { profile, type Profile, type ProfileNode } from './profile.ts';
export { reputation, type Reputation, type ReputationRow } from './reputation.ts';
export { ScoringError, type Issue } from './errors.ts';
export { didYouMean, unknownName } from './did-you-mean.ts';
export { lookupCity, cityKey, type CityLookup, type NamedCity } from './city-lookup.ts';
export { ENGINE_VERSION } from './version.ts';
// The report made readable (#14): indicator profiles, claims checked live, groups and peers.
export {
  indicatorProfile,
  type IndicatorProfile,
  type IndicatorRow,
  type IndicatorCorrelation,
} from './indicator-profile.ts';
export { evaluateClaims } from './claims/evaluate-claims.ts';
export { describeClaim, type NameOf } from './claims/describe.ts';
export { describeChecks, tallyClaims, type ClaimLine } from './claims/describe-checks.ts';
export type { ClaimCheck, ClaimContext, ClaimStatus } from './claims/types.ts';
export { groupRanks, groupMedian, groupsOf, type GroupPlace } from './groups/group-ranks.ts';
export { similarCities, type SimilarCity } from './groups/similar.ts';
export { rowsInGroup } from './groups/rows-in-group.ts';

export { frameworkTree, levelName, type FrameworkTree } from './framework/tree.ts';
export { planFor, type Plan } from './plan.ts';
export { matrixOf, type Matrix } from './matrix.ts';

export type { Scenario, ScenarioInput, TierRuleSpec } from './scenario/schema.ts';
export { defaultScenario } from './scenario/default.ts';
export { scenarioHash } from './scenario/hash.ts';
export { canonicalJson } from '@smartcities/data/canonical-json';

export { normalisers, normalisationMethods, type NormalisationMethod } from './normalise/registry.ts';
export type { Normaliser, NormalisationParams, NormaliseContext } from './normalise/types.ts';
export { aggregators, aggregationMethods, type AggregationMethod } from './aggregate/registry.ts';
export type { Aggregator, AggregateInput, AggregationParams } from './aggregate/types.ts';
export { tierRules, assignTiers } from './tiers/registry.ts';
export { tierNames, classify, type TierName, type TierAssignment, type TierRule } from './tiers/types.ts';

export { competitionRank } from '@smartcities/data/stats';
export { observed, populationSd, type Observed } from '@smartcities/data/stats';
export { quantile, quantileSorted, median } from '@smartcities/data/stats';
export { averageRank } from './stats/average-rank.ts';
export { pearson } from './stats/pearson.ts';
export { spearman } from './stats/spearman.ts';
export { kendall } from './stats/kendall.ts';

export {
  impute,
  withCells,
  imputationMethods,
  type ImputationMethod,
  type ImputedCell,
} from './impute/impute.ts';
export { screenUnits, unitAvailability, type ScreenedUnit } from './impute/screen.ts';
export {
  treatOutliers,
  treatmentMethods,
  type TreatmentMethod,
  type TreatOptions,
  type TreatedCell,
  type IndicatorTreatment,
} from './treat/treat.ts';
export { skewness, kurtosis } from './treat/skewness.ts';
export { prepareData, type DataLog, type Prepared } from './prepare/prepare-data.ts';
export type { DataSteps } from './scenario/schema.ts';

export { verify, countStatuses } from './verify/verify.ts';
export { roundingBounds, INPUT_HALF_STEP } from './verify/rounding-bounds.ts';
export type {
  VerifiableEdition,
  Verification,
  VerifiedCell,
  CellStatus,
  StatusCounts,
} from './verify/types.ts';
export { roundHalfUp, formatFixed } from './display/round-half-up.ts';
export { exportedSource, sourceSheetRows } from './export-source.ts';
export { publishedFigures, type PublishedFigures, type PublishedNote } from './published-figures.ts';
export { publishedReputation, printedReputation, type PublishedReputation } from './published-reputation.ts';
export {
  exportDocument,
  exportSheets,
  type ExportDocument,
  type ExportableEdition,
  type Sheet,
} from './export.ts';
