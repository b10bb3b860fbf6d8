import { describe, expect, it } from 'vitest';
import { copiedRun } from '../../../test/own-words.ts';
import { anchorPrinted, printedLine } from '../../../test/places.ts';
import { proseAt } from '../../../test/report/facts.ts';
import { indicatorNoteSchema, type ReportPlace } from '../../schema/index.ts';
import { indicatorIds } from './ids.ts';
import { indicatorNotes } from './notes/index.ts';
import { reportSections, sectionOfLine } from './report-sections.ts';

const placesOf = (note: (typeof indicatorNotes)[number]): ReportPlace[] => [
  note.definitionPlace,
  ...note.sources.map((s) => s.place),
  ...note.caveats.map((c) => c.place),
];

describe('indicatorNotes', () => {
  it('has one note per indicator, in framework order', () => {
    expect(indicatorNotes.map((n) => n.id)).toEqual(indicatorIds);
  });

  it.each(indicatorNotes)('$id: a definition, at least one source and caveats, all with places', (note) => {
    expect(indicatorNoteSchema.parse(note)).toEqual(note);
    expect(note.sources.length).toBeGreaterThan(0);
    expect(note.caveats.length).toBeGreaterThan(0);
  });

  it.each(indicatorNotes)(
    '$id: every place is a printed line of its section, with its anchor where the facts tell',
    (note) => {
      for (const place of placesOf(note)) {
        expect(printedLine(place.line)).toBe(true);
        expect(anchorPrinted(place)).not.toBe(false);
        expect(sectionOfLine(place.line)?.id).toBe(place.section);
        expect(reportSections.find((s) => s.id === place.section)?.page).toBe(place.page);
      }
    },
  );

  it('says where the data-centre proxy under-rates China, India and Brazil', () => {
    const note = indicatorNotes.find((n) => n.id === 'data-center')!;
    const proxy = note.caveats.find((c) => c.id === 'national-proxy')!;
    expect(proxy.text.en).toMatch(/China, India and Brazil/);
    expect(['China', 'India', 'Brazil'].every((n) => proseAt(proxy.place.line).names.includes(n))).toBe(true);
  });

  it.each(indicatorNotes)('$id is written in our own words (no seven-word run from the report)', (note) => {
    const texts = [note.definition.en, note.unit.en, note.scale.en, ...note.caveats.map((c) => c.text.en)];
    for (const text of texts) expect(copiedRun(text)).toBeUndefined();
  });
});

describe('reportSections', () => {
  it.each(reportSections)('$id: the heading "$title" is a printed line that names its number', (s) => {
    expect(printedLine(s.line)).toBe(true);
    if (/^\d/.test(s.id)) expect(proseAt(s.line).figures).toContain(s.id);
  });

  it('lists the sections in reading order, pages never going back', () => {
    const lines = reportSections.map((s) => s.line);
    const pages = reportSections.map((s) => s.page);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });
});
