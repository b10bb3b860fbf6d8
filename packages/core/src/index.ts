export * from './engine.ts';
export {
  scenarioSchema,
  normalisationSchema,
  normalisationParamsSchema,
  aggregationSchema,
  tierRuleSchema,
  dataStepsSchema,
} from './scenario/schema.ts';
export { parseScenario, defineScenario, toIssues, type ParsedScenario } from './scenario/parse.ts';
export { scenarioToQuery, scenarioFromQuery, isScenarioParam, queryKeyFor } from './scenario/url.ts';
