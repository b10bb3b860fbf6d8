import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';

/** A posted CSV whose unit names and indicator ids would run as formulas in a spreadsheet. */
const hostile = [
  'id,name,=cmd,-x',
  'u1,"=HYPERLINK(""http://x"",""y"")",1,2',
  'u2,+cmd,3,4',
  'u3,@SUM(1),5,6',
  'u4,-cmd,2,2',
].join('\n');

describe('POST /v1/score?format=csv with formula-like names', () => {
  it('answers CSV whose text cells, header cells included, are neutralised and whose numbers are not', async () => {
    const response = await app.request('/v1/score?format=csv&n=min-max', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: hostile,
    });
    const [header, ...rows] = (await response.text()).split('\r\n');
    expect(response.status).toBe(200);
    expect(header).toBe("rank,city,name,score,tier,'=cmd,'=cmd_rank,'-x,'-x_rank,flags");
    const names = Object.fromEntries(rows.filter(Boolean).map((row) => [row.split(',')[1], row]));
    expect(names.u1).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(names.u2).toContain(",'+cmd,");
    expect(names.u3).toContain(",'@SUM(1),");
    expect(names.u4).toMatch(/^\d,u4,'-cmd,\d/);
  });
});
