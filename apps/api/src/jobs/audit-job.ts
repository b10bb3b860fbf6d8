import type { Scenario } from '@smartcities/core';
import { audit, auditHtml, checkpoint, type AuditOptions, type RunOptions } from '@smartcities/core/analysis';
import { hashText } from '@smartcities/data/hash';
import { analysed } from '../analysed.ts';
import { checkAuditBudget } from '../audit-request.ts';
import { loadPosted, type PostedDataset } from '../dataset-body.ts';
import { edition } from '../edition.ts';
import type { Representation } from '../representation.ts';
import { scoreOrFail } from '../scored.ts';

/** What an audit job needs: the posted dataset (or none: the edition), scenario, options and rendering. */
export interface AuditInput {
  posted: PostedDataset | undefined;
  scenario: Scenario;
  options: AuditOptions;
  format: 'json' | 'html';
  lang: 'en' | 'zh';
}

/** Core's audit of the edition or a posted dataset, within the API's Sobol budget, as JSON or core's HTML report. */
export async function auditJob(input: AuditInput, runOptions: RunOptions): Promise<Representation> {
  const dataset = input.posted ? (await loadPosted(input.posted)).dataset : edition.dataset;
  checkAuditBudget(scoreOrFail(dataset, input.scenario, input.posted ? 422 : 400, '?'), input.options);
  checkpoint(runOptions, 1, 2);
  const report = analysed(() => audit(dataset, input.scenario, input.options));
  const body = input.format === 'html' ? auditHtml(report, { lang: input.lang }) : JSON.stringify(report);
  const contentType =
    input.format === 'html' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
  return { body, contentType, etag: `"${hashText(body)}"` };
}
