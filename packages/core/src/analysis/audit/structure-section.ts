import type { ScoreResult } from '../../result.ts';
import { correlationTest } from '../stats/correlation-test.ts';
import { cronbachAlpha } from '../stats/cronbach-alpha.ts';
import { principalComponents } from '../stats/principal-components.ts';
import { lookFor } from './look-for.ts';

/** Pearson and Spearman coefficients with their two-sided p-values. */
export interface Pair {
  pearson: { r: number; p: number };
  spearman: { r: number; p: number };
}

/** A square matrix of pairs over `ids`. */
export interface PairMatrix {
  ids: string[];
  pairs: Pair[][];
}

/** One pillar (an aggregate whose children are indicators): coherence and dimensionality. */
export interface PillarAudit {
  node: string;
  correlations: PairMatrix;
  /** Cronbach's alpha of its indicators (NaN with one). */
  alpha: number;
  /** Share of variance on the first principal component, and each indicator's loading on it. */
  pc1: { explained: number; loadings: { id: string; loading: number }[] };
}

/** The audit's structure section. */
export interface StructureSection {
  lookFor: string;
  pillars: PillarAudit[];
  /** Each indicator against its pillar and against the index. */
  indicators: { indicator: string; pillar: string; withPillar: Pair; withIndex: Pair }[];
  /** The pillars against each other. */
  betweenPillars: PairMatrix;
  /** Pearson r between every indicator, pillar and the index (for the heatmap), over complete pairs. */
  heatmap: { ids: string[]; r: number[][] };
  /** Nominal share in the index, and the share of r² with the index (a data-driven view of importance). */
  effectiveWeights: { indicator: string; nominal: number; r2Share: number }[];
}

/** Pearson and Spearman, each with its p-value, over the complete pairs. */
export function pairOf(x: ArrayLike<number>, y: ArrayLike<number>): Pair {
  const p = correlationTest(x, y, 'pearson');
  const s = correlationTest(x, y, 'spearman');
  return { pearson: { r: p.r, p: p.p }, spearman: { r: s.r, p: s.p } };
}

function matrix(result: ScoreResult, ids: string[]): PairMatrix {
  const col = (id: string) => result.scores[id]!;
  return { ids, pairs: ids.map((a) => ids.map((b) => pairOf(col(a), col(b)))) };
}

/**
 * Correlations inside each pillar, of each indicator with its pillar and the index, and between
 * pillars (on the normalised indicators and aggregate scores the index is built from), alpha and
 * the first principal component per pillar, and effective weights.
 */
export function structureSection(result: ScoreResult): StructureSection {
  const { plan, tree } = result;
  const parentOf = (id: string) => tree.nodes.get(id)!.parent!;
  const pillars = plan.aggregates.filter((id) =>
    plan.children.get(id)!.ids.some((kid) => plan.indicators.includes(kid)),
  );
  const index = result.scores[tree.root]!;
  const withIndex = plan.indicators.map((id) => pairOf(result.scores[id]!, index));
  const r2 = withIndex.map((pair) => (Number.isNaN(pair.pearson.r) ? 0 : pair.pearson.r ** 2));
  const total = r2.reduce((a, b) => a + b, 0);
  return {
    lookFor: lookFor.structure,
    pillars: pillars.map((node) => pillarAudit(result, node)),
    indicators: plan.indicators.map((indicator, i) => ({
      indicator,
      pillar: parentOf(indicator),
      withPillar: pairOf(result.scores[indicator]!, result.scores[parentOf(indicator)]!),
      withIndex: withIndex[i]!,
    })),
    betweenPillars: matrix(result, pillars),
    heatmap: heatmapOf(result, [...plan.indicators, ...pillars, tree.root]),
    effectiveWeights: plan.indicators.map((indicator, i) => ({
      indicator,
      nominal: plan.effectiveWeights[indicator]!,
      r2Share: total > 0 ? r2[i]! / total : NaN,
    })),
  };
}

function heatmapOf(result: ScoreResult, ids: string[]): { ids: string[]; r: number[][] } {
  const columns = ids.map((id) => result.scores[id]!);
  const r = ids.map((_, i) =>
    ids.map((__, j) => (i === j ? 1 : correlationTest(columns[i]!, columns[j]!, 'pearson').r)),
  );
  return { ids, r };
}

function pillarAudit(result: ScoreResult, node: string): PillarAudit {
  const ids = [...result.plan.children.get(node)!.ids];
  const columns = ids.map((id) => result.scores[id]!);
  const pca = principalComponents(columns);
  return {
    node,
    correlations: matrix(result, ids),
    alpha: cronbachAlpha(columns),
    pc1: {
      explained: pca.explained[0] ?? NaN,
      loadings: ids.map((id, i) => ({ id, loading: pca.loadings[0]?.[i] ?? NaN })),
    },
  };
}
