import type { Provenance } from '@smartcities/core/engine';

/** One line saying where the numbers come from: edition, data version and hash, scenario, engine. */
export function provenanceLine(p: Provenance): string {
  return `edition ${p.edition} (data ${p.dataVersion}, ${p.dataHash}) · scenario ${p.scenarioHash} · engine ${p.engineVersion}`;
}
