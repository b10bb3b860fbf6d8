import { describe, expect, it } from 'vitest';
import { dataset2020 } from '@smartcities/data/editions/2020';
import { defaultScenario } from '../../scenario/default.ts';
import { audit } from './audit.ts';
import { auditHtml } from './audit-html.ts';
import { correlationColour } from './audit-svg.ts';
import { escapeHtml } from './html-escape.ts';

const result = audit(dataset2020, defaultScenario, { runs: 50, samples: 16, bootstrap: 10 });

describe('auditHtml()', () => {
  it.each(['en', 'zh'] as const)(
    'is one self-contained document in %s: no script, no outside resource',
    (lang) => {
      const html = auditHtml(result, { lang });
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`);
      expect(html).not.toMatch(/<script|<link|src=|href=/i);
      expect(html.match(/<svg /g)?.length).toBe(6);
      expect(html.match(/<h2>/g)?.length).toBe(4);
    },
  );

  it('says what to look for in every section and shows the figures', () => {
    const html = auditHtml(result);
    expect(html.match(/class="look"/g)).toHaveLength(4);
    expect(html).toContain('London');
    const governance = result.structure.pillars.find((p) => p.node === 'governance')!;
    expect(html).toContain(governance.alpha.toFixed(2));
  });

  it('escapes names that look like markup', () => {
    const named = { ...result, title: '<b>x</b> & "y"' };
    expect(auditHtml(named)).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});

describe('correlationColour()', () => {
  it.each([
    [0, 'rgb(255,255,255)'],
    [1, 'rgb(33,102,172)'],
    [-1, 'rgb(178,24,43)'],
    [NaN, '#dddddd'],
  ])('maps %d to %s', (r, colour) => {
    expect(correlationColour(r)).toBe(colour);
  });
});
