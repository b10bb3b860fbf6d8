import type { Audit } from './audit.ts';
import { escapeHtml as esc } from './html-escape.ts';
import type { reportText } from './html-text.ts';

/** The report's words in one language. */
export type Text = (typeof reportText)[keyof typeof reportText];

/** A share as a percentage with one decimal, or an en dash. */
export const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–');

/** The section's sentence on what to look for. */
export function look(t: Text, key: keyof Text['lookForText']): string {
  return `<p class="look"><strong>${esc(t.lookFor)}:</strong> ${esc(t.lookForText[key])}</p>`;
}

/** A chart with its caption. */
export function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

/** Display names of the audit's nodes and units by id. */
export function namer(audit: Audit): (id: string) => string {
  const names = new Map([...audit.nodes, ...audit.units].map((n) => [n.id, n.name]));
  return (id) => names.get(id) ?? id;
}
