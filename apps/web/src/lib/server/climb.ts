import type { ClimbView } from '../climb-view';

/** What it takes for a city to climb a rank and a tier (shown once core exports whatItTakes). */
export function climb(_city: string): ClimbView | undefined {
  return undefined;
}
