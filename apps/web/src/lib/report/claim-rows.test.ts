import { evaluateClaims, score } from '@smartcities/core';
import { describe, expect, it } from 'vitest';
import { edition } from '../edition';

import { tallyClaims } from '@smartcities/core';
import { claimRows } from './claim-rows';

const checks = evaluateClaims(score(edition.dataset), edition.report.claims, {
  groups: edition.report.cityGroups,
  papers: edition.papers,
});

describe('claimRows()', () => {
  it("writes each claim as a sentence in the reader's language with its status and place", () => {
    const en = claimRows(checks, 'en', edition.report.claimNames('en'));
    expect(en[0]).toMatchObject({ id: 'london-first', text: 'London ranks first overall', status: 'holds' });
    const zh = claimRows(checks, 'zh', edition.report.claimNames('zh'));
    expect(zh[0]!.text).toBe('伦敦在总排名中排名第1');
    expect(zh.find((r) => r.id === 'infrastructure-developing-leader')!.text).toBe(
      '在发展中经济体中，迪拜在“智慧基础设施”上排名第一',
    );
  });

  it("tallies: every claim holds under the report's method but the misprinted ones", () => {
    const rows = claimRows(checks, 'en', edition.report.claimNames('en'));
    expect(tallyClaims(rows)).toEqual({
      holds: rows.filter((r) => !r.erratum).length,
      fails: rows.filter((r) => r.erratum).length,
      'not-applicable': 0,
    });
  });
});
