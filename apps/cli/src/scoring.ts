import { safeScore, type Scenario, type ScoreResult } from '@smartcities/core/engine';
import type { Dataset } from '@smartcities/data/schema';
import { CLIError } from './cli-error.ts';
import { scenarioFromFlags, scoringIssuesMessage, type ScenarioFlags } from './scenario-flags.ts';
import { weightsNote } from './views/effective-weights.ts';

/** A dataset scored under the scenario the flags describe. */
export interface Scored {
  dataset: Dataset;
  scenario: Scenario;
  result: ScoreResult;
}

/** Scores a dataset under a scenario; a scenario that does not fit fails naming the flags. */
export function scoreOrFail(dataset: Dataset, scenario: Scenario, flags: ScenarioFlags): ScoreResult {
  const scored = safeScore(dataset, scenario);
  if (!scored.ok) throw new CLIError(scoringIssuesMessage(flags, scored.issues), 2);
  return scored.result;
}

/**
 * Reads the scenario flags and scores the dataset with them. When the scenario gives weights and
 * the output is a table (`format` unset or "table"), says on standard error what they do: the
 * rule and the effective shares of the index.
 * @example const { result } = await scoreWithFlags(edition2020.dataset, { aggregation: 'geometric' });
 */
export async function scoreWithFlags(
  dataset: Dataset,
  flags: ScenarioFlags & { format?: string | undefined },
): Promise<Scored> {
  const scenario = await scenarioFromFlags(flags);
  const result = scoreOrFail(dataset, scenario, flags);
  if ((flags.format ?? 'table') === 'table') {
    const note = weightsNote(result);
    if (note) process.stderr.write(note);
  }
  return { dataset, scenario, result };
}
