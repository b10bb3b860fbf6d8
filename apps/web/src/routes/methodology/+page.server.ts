import {
  FRAMEWORK_TREE_WIDTH,
  frameworkPaths,
  frameworkTree,
  frameworkTreeHeight,
} from '$lib/charts/framework-tree';
import { edition, totalPillars } from '$lib/edition';
import { langFrom } from '$lib/i18n/lang';
import { replicationGroups } from '$lib/replication-groups';
import { inlineChartSvg } from '$lib/server/chart-svg';
import { defaultResult } from '$lib/server/default-result';
import { defaultVerification } from '$lib/server/default-verification';

/**
 * A page to read, with nothing to do in the browser (its tree is drawn here, its details open
 * natively, the theme switch posts a form): it ships no JavaScript, so there is nothing to hydrate
 * among its thousands of replication cells and it stays fast on phones.
 */
export const csr = false;

/**
 * The framework with effective weights (and its tree, drawn here so that the page loads no chart
 * code), sources, the tier rule, the replication report and the errata.
 */
export function load({ url }) {
  const result = defaultResult();
  const weights = result.plan.effectiveWeights;
  const verification = defaultVerification();
  const pillars = totalPillars.map((p) => ({
    ...p,
    effectiveWeight: result.plan.nodeWeights[p.id] ?? 0,
    indicators: edition.indicators
      .filter((i) => i.pillar === p.id)
      .map((i) => ({ ...i, effectiveWeight: weights[i.id] ?? 0 })),
  }));
  const paths = frameworkPaths(pillars, langFrom(url));
  return {
    pillars,
    tree: {
      svg: inlineChartSvg(frameworkTree, paths, FRAMEWORK_TREE_WIDTH),
      height: frameworkTreeHeight(paths),
    },
    tiers: { upper: result.tiers.upper, lower: result.tiers.lower },
    verification: { numbers: verification.summary, other: verification.other.summary },
    groups: replicationGroups(verification.rows),
    otherGroups: replicationGroups(verification.other.rows),
    errata: edition.errata,
    provenance: result.provenance,
  };
}
