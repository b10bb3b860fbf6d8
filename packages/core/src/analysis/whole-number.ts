import { z } from 'zod';

/**
 * A whole number from `min` to `max` for an analysis option, with one message naming the field
 * and the value given for every way it can be wrong.
 * @example wholeNumber('runs', 10, 100_000).default(1000)
 */
export function wholeNumber(field: string, min: number, max: number) {
  const message = (issue: { input?: unknown }) =>
    `${field} must be a whole number from ${min} to ${max}, got ${JSON.stringify(issue.input)}`;
  return z
    .number({ error: message })
    .int({ error: message })
    .min(min, { error: message })
    .max(max, { error: message });
}
