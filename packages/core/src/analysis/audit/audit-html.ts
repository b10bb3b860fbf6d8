import type { Audit } from './audit.ts';
import { sectionRobustness, sectionUnits } from './html-robustness.ts';
import { sectionData, sectionStructure } from './html-sections.ts';
import { escapeHtml as esc } from './html-escape.ts';
import { fill, reportText, type ReportLang } from './html-text.ts';

const style = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;max-width:980px;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem}h2{border-bottom:2px solid #2166ac;padding-bottom:.2rem;margin-top:2.2rem}h3{font-size:1.05rem;margin-top:1.4rem}
.look{background:#eef4fb;border-left:4px solid #2166ac;padding:.5rem .8rem;margin:.8rem 0}
table{border-collapse:collapse;font-size:.85rem;margin:.6rem 0;width:100%}th,td{border-bottom:1px solid #ccc;padding:.2rem .4rem;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#444;font-size:.85rem}
.scroll{overflow-x:auto}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#333}`;

/**
 * The audit as one self-contained HTML document (inline CSS and SVG charts, no script, no
 * external resource), in English or Chinese: the report the CLI writes, the API returns and the
 * explorer offers for download.
 * @example auditHtml(audit(dataset2020, defaultScenario), { lang: 'en' })
 */
export function auditHtml(audit: Audit, options: { lang?: ReportLang } = {}): string {
  const lang = options.lang ?? 'en';
  const t = reportText[lang];
  const { provenance: p } = audit;
  const meta = fill(t.generated, {
    edition: p.edition,
    version: p.dataVersion,
    scenario: p.scenarioHash,
    engine: p.engineVersion,
    seed: String(audit.options.seed),
  });
  const body = [
    `<h1>${esc(`${t.title}: ${audit.title}`)}</h1>`,
    `<p class="meta">${esc(meta)}</p>`,
    sectionData(audit, t),
    sectionStructure(audit, t),
    sectionRobustness(audit, t),
    sectionUnits(audit, t),
  ].join('\n');
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${t.title}: ${audit.title}`)}</title>
<style>${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
