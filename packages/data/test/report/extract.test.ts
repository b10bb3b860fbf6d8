import { describe, expect, it } from 'vitest';
import { extractFacts, printedTable, proseLine, runHash, runsOf } from './extract.ts';

const report = [
  'A Made-up Report',
  '',
  'Rank\tCity\tScore',
  '',
  '1\t<b>Hong Kong</b>\t99.5',
  '2\tRio de Janeiro\t88.0',
  'The top three cities form the leading level, above 96.1 points.',
  'Bei Jing and Buenos Aires follow; thirteen cities sit in between.',
].join('\n');

describe('report facts extraction (on a made-up report)', () => {
  it('reads a printed table from its header to the first line without a tab, skipping blank lines', () => {
    expect(printedTable(report.split('\n'), 'Rank\tCity')).toEqual({
      header: ['Rank', 'City', 'Score'],
      rows: [
        { line: 5, cells: ['1', 'Hong Kong', '99.5'] },
        { line: 6, cells: ['2', 'Rio de Janeiro', '88.0'] },
      ],
    });
    expect(() => printedTable([], 'Nope')).toThrow('no table starting with "Nope"');
  });

  it('keeps of a prose line only its figures, its runs of capitalised words and its tier terms', () => {
    expect(proseLine('The top three cities form the leading level, above 96.1 points.', 7)).toEqual({
      line: 7,
      figures: ['96.1', 'three'],
      names: ['The'],
      terms: ['level', 'leading', 'cities'],
    });
    expect(proseLine('Bei Jing and Buenos Aires meet Rio de Janeiro.', 8).names).toEqual([
      'Bei Jing',
      'Buenos Aires',
      'Rio de Janeiro',
    ]);
  });

  it('hashes every seven-word run, so a copied run is found and an own sentence is not', () => {
    const facts = extractFacts('made-up.txt', report, { ranking: 'Rank\tCity' });
    const runs = new Set(facts.runsOfSeven);
    expect(runsOf('one two three four five six', 7)).toEqual([]);
    expect(runsOf('a b c d e f g h', 7)).toEqual(['a b c d e f g', 'b c d e f g h']);
    expect(runs.has(runHash('the top three cities form the leading'))).toBe(true);
    expect(runs.has(runHash('three cities lead while thirteen sit between'))).toBe(false);
    expect(facts.runsOfSeven.every((hash) => /^[0-9a-f]{12}$/.test(hash))).toBe(true);
    expect(JSON.stringify(facts)).not.toContain('form the leading');
  });

  it('records the Han characters of a report and hashes their seven-character runs; none for an English-only one', () => {
    expect(extractFacts('made-up.txt', report, {}).hanzi).toEqual({ characters: 0, runsOfSeven: [] });
    const facts = extractFacts('made-up.txt', `${report}\n虚构报告：七个汉字连在一起。`, {});
    expect(facts.hanzi.characters).toBe(12);
    expect(facts.hanzi.runsOfSeven).toContain(runHash('虚构报告七个汉'));
    expect(facts.hanzi.runsOfSeven).toHaveLength(6);
    expect(JSON.stringify(facts)).not.toContain('虚构');
  });

  it('lists the prose lines only, with the line count and the tables by id', () => {
    const facts = extractFacts('made-up.txt', report, { ranking: 'Rank\tCity' });
    expect(facts.prose.map((prose) => prose.line)).toEqual([1, 7, 8]);
    expect(facts.lineCount).toBe(8);
    expect(Object.keys(facts.tables)).toEqual(['ranking']);
  });
});
