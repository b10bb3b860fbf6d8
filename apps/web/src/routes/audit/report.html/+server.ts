import { scenarioFromQuery, safeScore } from '@smartcities/core';
import { auditHtml } from '@smartcities/core/analysis';
import { edition } from '$lib/edition';
import { editionAudit } from '$lib/server/edition-audit';

const plain = (text: string) =>
  new Response(`${text}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** The edition's audit as the self-contained HTML report (core's auditHtml, as the CLI and the API write it). */
export function GET({ url }) {
  const parsed = scenarioFromQuery(url.searchParams);
  if (!parsed.ok) return plain(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const scored = safeScore(edition.dataset, parsed.scenario);
  if (!scored.ok) return plain(scored.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  const lang = url.searchParams.get('lang') === 'zh' ? 'zh' : 'en';
  return new Response(auditHtml(editionAudit(parsed.scenario), { lang }), {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-disposition': `attachment; filename="smart-cities-audit-${lang}.html"`,
    },
  });
}
