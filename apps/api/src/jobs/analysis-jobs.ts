import type { Scenario } from '@smartcities/core';
import {
  runSensitivity,
  runUncertainty,
  whatItTakes,
  type RunOptions,
  type SensitivitySpec,
  type Target,
  type UncertaintySpec,
} from '@smartcities/core/analysis';
import { analysed } from '../analysed.ts';
import { edition } from '../edition.ts';
import type { Format } from '../format.ts';
import { ApiProblem } from '../problem.ts';
import { representation, type Representation } from '../representation.ts';
import { scoreEdition } from '../scored.ts';

/** What an analysis job needs: a validated scenario and spec, and the format to answer in. */
export interface AnalysisInput<Spec> {
  scenario: Scenario;
  spec: Spec;
  format: Format;
}

/** Core's runUncertainty on the edition (without per-run designs), rendered. */
export function uncertaintyJob(input: AnalysisInput<UncertaintySpec>, options: RunOptions): Representation {
  const result = analysed(() => runUncertainty(edition.dataset, input.scenario, input.spec, options));
  const { designs: _designs, provenance, ...rest } = result;
  return representation(input.format, { provenance, ...rest }, () => result.rows);
}

/** Core's runSensitivity on the edition, rendered. */
export function sensitivityJob(input: AnalysisInput<SensitivitySpec>, options: RunOptions): Representation {
  const result = analysed(() => runSensitivity(edition.dataset, input.scenario, input.spec, options));
  const { provenance, ...rest } = result;
  return representation(input.format, { provenance, ...rest }, () => result.rows);
}

/** What a what-it-takes job needs: the scenario, city, target and format. */
export interface WhatItTakesInput {
  scenario: Scenario;
  city: string;
  target: Target;
  format: Format;
}

/** Core's whatItTakes for one city and target, rendered; issues become a 400 naming the query parameter. */
export function whatItTakesJob(input: WhatItTakesInput, options: RunOptions): Representation {
  const answer = whatItTakes(edition.dataset, input.scenario, input.city, input.target, options);
  if (!answer.ok) {
    const errors = answer.issues.map((issue) => ({
      path: issue.path.replace(/^target\./, '?'),
      message: issue.message,
      code: issue.code,
    }));
    const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    throw new ApiProblem(400, 'invalid-parameters', detail, { errors });
  }
  const { ok: _ok, ...rest } = answer;
  const provenance = scoreEdition(input.scenario).provenance;
  return representation(input.format, { provenance, ...rest }, () => rest.single);
}
