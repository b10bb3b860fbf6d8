import { edition2020 } from '@smartcities/data/editions/2020';
import { copiedRun } from '@smartcities/data/testing/own-words';
import { describe, expect, it } from 'vitest';
import { reportText } from './analysis/audit/html-text.ts';
import { describeClaim, type NameOf } from './claims/describe.ts';

const nameOf: NameOf = (kind, id) =>
  kind === 'city' ? (edition2020.cities.find((c) => c.id === id)?.nameZh ?? id) : id;

/** Every sentence core writes itself: the audit report's texts and each claim's description, in both languages. */
const texts = [
  ...(['en', 'zh'] as const).flatMap((lang) =>
    Object.entries(reportText[lang]).map(([key, text]) => [`audit ${lang} ${key}`, String(text)]),
  ),
  ...edition2020.report.claims.flatMap((claim) =>
    (['en', 'zh'] as const).map((lang) => [`claim ${lang} ${claim.id}`, describeClaim(claim, lang, nameOf)]),
  ),
];

describe("core's own sentences copy no run of the report (seven words, or seven Han characters)", () => {
  it('include Chinese', () => {
    expect(texts.filter(([, text]) => /\p{Script=Han}{7}/u.test(text!)).length).toBeGreaterThan(10);
  });

  it.each(texts)('%s', (_, text) => {
    expect(copiedRun(text!)).toBeUndefined();
  });
});
