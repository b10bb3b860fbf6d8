import { describe, expect, it } from 'vitest';
import { parseAuditText } from './audit-options.ts';

describe('parseAuditText()', () => {
  it('reads plain numbers as numbers and keeps a text seed', () => {
    const parsed = parseAuditText({ runs: '200', samples: ' 32 ', noise: '0.1', seed: 'spring' });
    expect(parsed).toMatchObject({
      ok: true,
      options: { runs: 200, samples: 32, weightNoise: 0.1, seed: 'spring' },
    });
  });

  it('reads a whole-number seed as a number and fills the defaults', () => {
    const parsed = parseAuditText({ seed: '7' });
    expect(parsed).toMatchObject({ ok: true, options: { seed: 7, runs: 500, samples: 128 } });
  });

  it.each([
    [{ runs: '5' }, 'runs', /whole number from 10/],
    [{ runs: '1e3' }, 'runs', /runs/],
    [{ noise: '2' }, 'noise', /./],
    [{ bootstrap: 'many' }, 'bootstrap', /bootstrap/],
  ])('names the text field of a bad value: %o', (text, path, message) => {
    const parsed = parseAuditText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.path)).toEqual([path]);
      expect(parsed.issues[0]!.message).toMatch(message);
    }
  });
});
