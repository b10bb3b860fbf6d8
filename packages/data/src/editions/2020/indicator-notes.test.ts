import { describe, expect, it } from 'vitest';
import { copiedRun } from '../../../test/own-words.ts';
import { reportLines } from '../../../test/seed-report.ts';
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

  it.each(indicatorNotes)('$id: every place is a real line of its section that prints its anchor', (note) => {
    for (const place of placesOf(note)) {
      expect(reportLines[place.line - 1]?.toLowerCase()).toContain(place.anchor.toLowerCase());
      expect(sectionOfLine(place.line)?.id).toBe(place.section);
      expect(reportSections.find((s) => s.id === place.section)?.page).toBe(place.page);
    }
  });

  it('says where the data-centre proxy under-rates China, India and Brazil', () => {
    const note = indicatorNotes.find((n) => n.id === 'data-center')!;
    const proxy = note.caveats.find((c) => c.id === 'national-proxy')!;
    expect(proxy.text.en).toMatch(/China, India and Brazil/);
    expect(reportLines[proxy.place.line - 1]).toMatch(/China, India and Brazil/);
  });

  it.each(indicatorNotes)('$id is written in our own words (no seven-word run from the report)', (note) => {
    const texts = [note.definition.en, note.unit.en, note.scale.en, ...note.caveats.map((c) => c.text.en)];
    for (const text of texts) expect(copiedRun(text)).toBeUndefined();
  });
});

describe('reportSections', () => {
  it.each(reportSections)(
    '$id: the outline lists "$title" on page $page and the heading is on line $line',
    (s) => {
      const outline = reportLines
        .slice(63, 90)
        .map((l) => l.replace(/<\/?b>/g, '').replace(/&amp;/g, '&'))
        .find((l) => l.startsWith(s.title));
      expect(outline).toMatch(new RegExp(`\\t${s.page}$`));
      expect(reportLines[s.line - 1]).toContain(s.title);
    },
  );
});
