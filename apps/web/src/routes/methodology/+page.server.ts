import { edition, totalPillars } from '$lib/edition';
import { replicationGroups } from '$lib/replication-groups';
import { defaultResult } from '$lib/server/default-result';
import { defaultVerification } from '$lib/server/default-verification';

/** The framework with effective weights, sources, the tier rule, the replication report and the errata. */
export function load() {
  const result = defaultResult();
  const weights = result.plan.effectiveWeights;
  const verification = defaultVerification();
  return {
    pillars: totalPillars.map((p) => ({
      ...p,
      effectiveWeight: edition.indicators
        .filter((i) => i.pillar === p.id)
        .reduce((sum, i) => sum + (weights[i.id] ?? 0), 0),
      indicators: edition.indicators
        .filter((i) => i.pillar === p.id)
        .map((i) => ({ ...i, effectiveWeight: weights[i.id] ?? 0 })),
    })),
    tiers: { upper: result.tiers.upper, lower: result.tiers.lower },
    verification: { numbers: verification.summary, other: verification.other.summary },
    groups: replicationGroups(verification.rows),
    otherGroups: replicationGroups(verification.other.rows),
    errata: edition.errata,
    provenance: result.provenance,
  };
}
