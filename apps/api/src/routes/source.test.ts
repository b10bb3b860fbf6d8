import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { json } from '../../test/json.ts';

describe('GET /v1/source', () => {
  it('names the report: both titles, the institutions, the year, where it is and the rights', async () => {
    const res = await app.request('/v1/source');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.source.title).toEqual({ en: 'Global Smart Cities 2020', zh: '全球智慧之都报告（2020版）' });
    expect(body.source.institutions.map((i: { en: string }) => i.en)).toEqual([
      'Institute of Information, Shanghai Academy of Social Sciences',
      'Smart City Research Center of Fudan University',
    ]);
    expect(body.source.year).toBe(2020);
    expect(body.source.availableAt.url).toBe('https://publicadministration.un.org/en');
    expect(body.line.en).toMatch(/^Source: Global Smart Cities 2020/);
    expect(body.citations.bibtex).toMatch(/^@techreport\{/);
  });

  it('refuses an unknown query parameter with a 400', async () => {
    expect((await app.request('/v1/source?x=1')).status).toBe(400);
  });
});
