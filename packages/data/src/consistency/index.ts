export { checkConsistency } from './check-consistency.ts';
export { findingId, type Finding } from './finding.ts';
export type { ConsistencyInput } from './input.ts';
export { tierOf } from './check-tiers.ts';
