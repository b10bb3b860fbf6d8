import { safeScore, type Scenario, type ScoreResult } from '@smartcities/core/engine';
import type { Dataset } from '@smartcities/data/schema';
import { CLIError } from './cli-error.ts';
import { issuesMessage } from './scenario-flags.ts';

/** Scores one side, failing with each issue named by its flag (`--from`, `--to`) and field. */
export function scoreSide(dataset: Dataset, scenario: Scenario, flag: '--from' | '--to'): ScoreResult {
  const scored = safeScore(dataset, scenario);
  if (!scored.ok)
    throw new CLIError(
      issuesMessage(scored.issues, (issue) => `${flag}: ${issue.path}`),
      2,
    );
  return scored.result;
}
