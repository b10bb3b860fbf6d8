import type { Issue } from '../errors.ts';

/** Runs that could not be scored, grouped by what stopped them. */
export interface Failures {
  count: number;
  /** One entry per kind of failure (issue code and field), with the message of its first occurrence. */
  reasons: (Issue & { runs: number })[];
}

/** Collects failed runs: how many, and why (grouped by issue code and path). */
export function failureLog(): { add(issue: Issue): void; summary(): Failures } {
  const reasons = new Map<string, Issue & { runs: number }>();
  let count = 0;
  return {
    add(issue) {
      count++;
      const key = `${issue.code} ${issue.path}`;
      const reason = reasons.get(key);
      if (reason) reason.runs++;
      else reasons.set(key, { ...issue, runs: 1 });
    },
    summary: () => ({ count, reasons: [...reasons.values()] }),
  };
}
