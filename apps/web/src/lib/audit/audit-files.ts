import { ScoringError, defaultScenario } from '@smartcities/core';
import { audit, type Audit } from '@smartcities/core/analysis';
import { loadCoinr, loadDataset, type ColumnReport } from '@smartcities/data/load';
import { fileRoles, type NamedSource } from '$lib/byod/file-roles';
import { pageAuditOptions } from './options';

/** The outcome of auditing a user's files: the audit with the role of each column, or every problem with its place. */
export type AuditOutcome =
  { ok: true; audit: Audit; roles: ColumnReport[] } | { ok: false; problems: string[] };

const where = (p: { file: string; row: number | null; column: string | null; message: string }) =>
  [p.file, p.row === null ? '' : `row ${p.row}`, p.column === null ? '' : `column ${p.column}`, p.message]
    .filter(Boolean)
    .join(': ');

/**
 * Loads a user's files (our layout or COINr's, CSV/JSON/XLSX) and audits them under the report's
 * method with min-max normalisation (raw data is rarely on 0-100 already); runs in the browser.
 */
export async function auditFiles(sources: NamedSource[]): Promise<AuditOutcome> {
  const roles = fileRoles(sources);
  if (roles.layout === 'none') return { ok: false, problems: [roles.message] };
  const loaded = roles.layout === 'coinr' ? await loadCoinr(roles) : await loadDataset(roles);
  if (!loaded.ok) return { ok: false, problems: loaded.problems.map(where) };
  try {
    const scenario = { ...defaultScenario, normalisation: { method: 'min-max' as const, params: {} } };
    return { ok: true, audit: audit(loaded.dataset, scenario, pageAuditOptions), roles: loaded.columns };
  } catch (error) {
    if (error instanceof ScoringError)
      return { ok: false, problems: error.issues.map((i) => `${i.path}: ${i.message}`) };
    throw error;
  }
}
