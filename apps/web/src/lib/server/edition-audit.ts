import { scenarioHash, type Scenario } from '@smartcities/core';
import { audit, type Audit } from '@smartcities/core/analysis';
import { pageAuditOptions } from '$lib/audit/options';
import { edition } from '../edition';

const cache = new Map<string, Audit>();

/** The audit of the 2020 edition under a scenario, computed once per scenario per server (at most 32 kept). */
export function editionAudit(scenario: Scenario): Audit {
  const key = scenarioHash(scenario);
  let hit = cache.get(key);
  if (!hit) {
    hit = audit(edition.dataset, scenario, pageAuditOptions);
    if (cache.size >= 32) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  return hit;
}
