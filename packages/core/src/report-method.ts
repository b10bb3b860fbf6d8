import type { ScoreResult } from './result.ts';
import { defaultScenario } from './scenario/default.ts';
import { scenarioHash } from './scenario/hash.ts';

const reportHash = scenarioHash(defaultScenario);

/** Whether a result was computed with the report's own method (the default scenario). */
export function isReportMethod(result: ScoreResult): boolean {
  return result.provenance.scenarioHash === reportHash;
}
