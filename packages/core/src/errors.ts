/** One precise problem with a scenario or its fit to a dataset, naming the offending field. */
export interface Issue {
  code: string;
  path: string;
  message: string;
}

/**
 * Thrown inside the engine when a scenario cannot be applied to a dataset (an expected failure);
 * `safeScore` turns it into a value so that callers never see it as an exception.
 */
export class ScoringError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'ScoringError';
    this.issues = issues;
  }
}

/** Throws a ScoringError with a single issue. */
export function fail(code: string, path: string, message: string): never {
  throw new ScoringError([{ code, path, message }]);
}
