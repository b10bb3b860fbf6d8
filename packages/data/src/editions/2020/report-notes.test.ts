import { describe, expect, it } from 'vitest';
import { copiedRun } from '../../../test/own-words.ts';
import { anchorPrinted, printedLine } from '../../../test/places.ts';
import { reportNoteSchema, reputationMethodSchema } from '../../schema/index.ts';
import { papers } from './papers.ts';
import { reportNotes } from './report-notes.ts';
import { sectionOfLine } from './report-sections.ts';
import { reputationMethod } from './reputation-method.ts';

describe('reportNotes', () => {
  it('cover the method, the conclusions and the recommendations', () => {
    expect(new Set(reportNotes.map((n) => n.topic))).toEqual(
      new Set(['method', 'analysis', 'conclusion', 'recommendation']),
    );
  });

  it('analyse each pillar and the reputation index once', () => {
    expect(reportNotes.flatMap((n) => (n.topic === 'analysis' ? [n.pillar] : []))).toEqual([
      'infrastructure',
      'economy',
      'service',
      'governance',
      'innovation',
      'reputation',
    ]);
  });

  it.each(reportNotes)('$id parses and each place prints its anchor in its section', (note) => {
    expect(reportNoteSchema.parse(note)).toEqual(note);
    for (const place of note.places) {
      expect(printedLine(place.line)).toBe(true);
      expect(anchorPrinted(place)).not.toBe(false);
      expect(sectionOfLine(place.line)?.id).toBe(place.section);
    }
  });

  it.each(reportNotes)('$id is written in our own words', (note) => {
    expect(copiedRun(note.title.en)).toBeUndefined();
    expect(copiedRun(note.text.en)).toBeUndefined();
  });
});

describe('reputationMethod', () => {
  it('keeps 519 of 1,100 papers, and the kept papers are the sum of table 2-6', () => {
    expect(reputationMethodSchema.parse(reputationMethod)).toEqual(reputationMethod);
    expect(reputationMethod.kept).toBe(Object.values(papers).reduce((a, b) => a + b, 0));
    expect(reputationMethod.searched).toBeGreaterThan(reputationMethod.kept);
    for (const place of Object.values(reputationMethod.places)) expect(anchorPrinted(place)).not.toBe(false);
  });
});
