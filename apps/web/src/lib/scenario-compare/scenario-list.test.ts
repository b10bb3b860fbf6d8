import { describe, expect, it } from 'vitest';
import { compareHref, scenarioList } from './scenario-list';

describe('scenarioList()', () => {
  it("puts the report's method first and reads each s in its canonical URL form", () => {
    const { list, dropped } = scenarioList(new URLSearchParams('s=a%3Dgeometric&s=&s=w%3Deconomy%3A2'));
    expect(list.map((s) => s.query)).toEqual(['', 'a=geometric', 'w=economy:2']);
    expect(dropped).toBe(0);
  });

  it('keeps at most four and names a scenario that does not parse', () => {
    const { list, dropped } = scenarioList(
      new URLSearchParams('s=n%3Dminmx&s=a%3Dgeometric&s=r%3Dnone&s=t%3Dquantile'),
    );
    expect(list).toHaveLength(4);
    expect(dropped).toBe(1);
    expect(list[1]!.scenario).toBeNull();
    expect(list[1]!.issues[0]!.message).toContain('did you mean "min-max"');
  });

  it('writes the compare URL back', () => {
    expect(compareHref(['a=geometric'], 'tokyo', 'zh')).toBe(
      '/playground/compare?s=a%3Dgeometric&city=tokyo&lang=zh',
    );
  });
});
