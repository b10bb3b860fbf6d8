import { evaluateClaims, type ClaimCheck } from '@smartcities/core';
import { edition } from '../edition';
import type { Lang } from '../i18n/lang';

import { claimRows, type ClaimRow } from '../report/claim-rows';
import { defaultResult } from './default-result';

let cached: ClaimCheck[] | undefined;

/** The report's claims checked under its own method, computed once per server. */
export function defaultClaimChecks(): ClaimCheck[] {
  cached ??= evaluateClaims(defaultResult(), edition.report.claims, {
    groups: edition.report.cityGroups,
    papers: edition.papers,
  });
  return cached;
}

/** The checked claims as rows in a language, optionally only those a predicate keeps. */
export function defaultClaimRows(lang: Lang, keep: (row: ClaimRow) => boolean = () => true): ClaimRow[] {
  return claimRows(defaultClaimChecks(), lang, edition.report.claimNames(lang)).filter(keep);
}
