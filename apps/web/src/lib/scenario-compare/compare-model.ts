import { safeScore, ScoringError, type Issue, type Scenario, type ScoreResult } from '@smartcities/core';
import { explain, type Explanation } from '@smartcities/core/analysis';
import type { Dataset } from '@smartcities/data/schema';

/** One city across the compared scenarios. */
export interface CompareRow {
  city: string;
  /** Score and rank under each scenario (null: unscored or the scenario failed). */
  cells: { score: number | null; rank: number | null }[];
  /** Against the first scenario, for each later one: the score change and the cities it passed. */
  moves: { change: number | null; passed: string[]; passedBy: string[] }[];
}

/** The scored scenarios, the explanations of each against the first, and per-city rows. */
export interface CompareModel {
  results: (ScoreResult | null)[];
  issues: Issue[][];
  explanations: (Explanation | null)[];
  rows: CompareRow[];
}

const at = (column: Float64Array | undefined, u: number) => {
  const v = column?.[u];
  return v === undefined || Number.isNaN(v) ? null : v;
};

function explainOrIssues(dataset: Dataset, from: Scenario, to: Scenario): Explanation | Issue[] {
  try {
    return explain(dataset, from, to);
  } catch (error) {
    if (error instanceof ScoringError) return error.issues;
    throw error;
  }
}

/**
 * Scores every scenario and explains each later one against the first with core's `explain`.
 * A scenario that cannot be scored (null) keeps its issues and leaves its cells empty.
 */
export function compareModel(dataset: Dataset, scenarios: readonly (Scenario | null)[]): CompareModel {
  const scored = scenarios.map((s) => (s ? safeScore(dataset, s) : null));
  const results = scored.map((s) => (s?.ok ? s.result : null));
  const issues = scored.map((s) => (s && !s.ok ? s.issues : []));
  const base = scenarios[0]!;
  const explained = scenarios
    .slice(1)
    .map((s, k) => (s && results[k + 1] ? explainOrIssues(dataset, base, s) : null));
  explained.forEach((e, k) => {
    if (Array.isArray(e)) issues[k + 1] = e;
  });
  const explanations = explained.map((e) => (e && !Array.isArray(e) ? e : null));
  const rows = dataset.units.map(({ id }, u): CompareRow => ({
    city: id,
    cells: results.map((r) => ({ score: at(r?.scores[r.tree.root], u), rank: at(r?.ranks[r.tree.root], u) })),
    moves: explanations.map((e) => {
      const row = e?.rows.find((x) => x.unit === id);
      return {
        change: row?.change ?? null,
        passed: row?.passed.map((p) => p.unit) ?? [],
        passedBy: row?.passedBy.map((p) => p.unit) ?? [],
      };
    }),
  }));
  return { results, issues, explanations: [null, ...explanations], rows };
}
