import { describe, expect, it } from 'vitest';
import { copiedRun, reportNamesZh } from './own-words.ts';
import { reportFacts } from './report/facts.ts';
import { runHash } from './report/extract.ts';
import { hanCount, hanOnly, hanRunsOf } from './report/hanzi-runs.ts';

const reportHanRuns = new Set(reportFacts.hanzi.runsOfSeven);

describe('Han runs (on made-up text)', () => {
  it('strips everything but Han characters and slides a window of seven', () => {
    expect(hanOnly('人本·科技, 2020 可持续!')).toBe('人本科技可持续');
    expect(hanCount('abc 中文。')).toBe(2);
    expect(hanRunsOf('一二三四五六', 7)).toEqual([]);
    expect(hanRunsOf('一二三，四五六七八', 7)).toEqual(['一二三四五六七', '二三四五六七八']);
  });

  it('cuts names out first, so no run spans one', () => {
    expect(hanRunsOf('甲乙丙丁上海某某研究所戊己庚辛', 7, ['上海某某研究所'])).toEqual([]);
    expect(hanRunsOf('甲乙丙丁戊己庚辛', 7, ['上海某某研究所'])).toEqual([
      '甲乙丙丁戊己庚',
      '乙丙丁戊己庚辛',
    ]);
  });
});

describe("the report's Chinese text, as the generator recorded it", () => {
  it('is there: the report prints Chinese (its title, institutions, rights line), so Chinese texts are checked', () => {
    expect(reportFacts.hanzi.characters).toBeGreaterThan(100);
    expect(reportFacts.hanzi.runsOfSeven.length).toBeGreaterThan(100);
    expect(reportFacts.hanzi.runsOfSeven.every((hash) => /^[0-9a-f]{12}$/.test(hash))).toBe(true);
  });

  it("holds the runs of the report's Chinese: its institution's name is one, so only cutting names lets a text repeat it", () => {
    const name = '上海社会科学院信息研究所';
    const runs = hanRunsOf(name, 7);
    expect(runs.filter((run) => reportHanRuns.has(runHash(run)))).toEqual(runs);
    expect(copiedRun(`本项目引用${name}与复旦大学智慧城市研究中心的《全球智慧之都报告》。`)).toBeUndefined();
    expect(reportNamesZh).toContain('全球智慧之都报告');
  });

  it('passes a sentence of our own', () => {
    expect(copiedRun('我们用自己的话概括各城市的做法，并只引用报告中的数字。')).toBeUndefined();
  });
});
