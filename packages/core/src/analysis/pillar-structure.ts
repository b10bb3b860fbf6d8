import type { Dataset } from '@smartcities/data/schema';
import type { Scenario } from '../scenario/schema.ts';
import { score } from '../score.ts';
import { cronbachAlpha } from './stats/cronbach-alpha.ts';
import { principalComponents, type PrincipalComponents } from './stats/principal-components.ts';

/** How coherent one aggregate's children are: Cronbach's alpha and principal components. */
export interface PillarStructure {
  node: string;
  children: string[];
  /** Cronbach's alpha (0.7 or more is the usual bar for a coherent group); NaN with one child. */
  alpha: number;
  pca: PrincipalComponents;
}

/**
 * The internal consistency of every aggregate of the framework (the pillars, the index last),
 * on the scored values of its active children: Cronbach's alpha and PCA of their correlation
 * matrix (the first component's explained share says how one-dimensional the group is).
 * Throws a ScoringError when the scenario does not fit the dataset.
 * @example pillarStructure(edition2020.dataset, defaultScenario).find((p) => p.node === 'governance')?.alpha
 */
export function pillarStructure(dataset: Dataset, scenario: Scenario): PillarStructure[] {
  const result = score(dataset, scenario);
  return result.plan.aggregates.map((node) => {
    const children = [...result.plan.children.get(node)!.ids];
    const columns = children.map((id) => result.scores[id]!);
    return { node, children, alpha: cronbachAlpha(columns), pca: principalComponents(columns) };
  });
}
