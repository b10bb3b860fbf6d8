import { copiedRun } from '@smartcities/data/testing/own-words';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

const longer = (texts: Record<string, string>, enough: (text: string) => boolean) =>
  Object.entries(texts).filter(([, text]) => enough(text));

/** The interface texts long enough to hold a run: seven words, or seven Han characters. */
const chinese = longer(zh, (text) => (text.match(/\p{Script=Han}/gu) ?? []).length >= 7);
const english = longer(en, (text) => text.split(/\s+/).length >= 7);

describe('the interface texts are in our own words (the about page, methodology, findings, notes)', () => {
  it('include the Chinese texts of the about page and the methodology', () => {
    const keys = chinese.map(([key]) => key);
    expect(keys.filter((key) => key.startsWith('about.')).length).toBeGreaterThan(3);
    expect(keys).toContain('verify.lead');
  });

  it.each(chinese)('zh %s copies no seven-character run of the report', (_, text) => {
    expect(copiedRun(text)).toBeUndefined();
  });

  it.each(english)('en %s copies no seven-word run of the report', (_, text) => {
    expect(copiedRun(text)).toBeUndefined();
  });
});
