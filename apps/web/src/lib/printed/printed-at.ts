import type { PublishedNote } from '@smartcities/core/engine';

/** What the report prints for one city, in any of the shapes pages carry (core's rows and figures). */
export interface PrintedFigures {
  score?: number;
  tier?: string;
  pillars?: Readonly<Record<string, number>>;
  notes: readonly PublishedNote[];
}

/** The note on `field` (`score`, `tier`, `pillars.<id>`): why printed and recomputed digits differ. */
const noteOn = (figures: PrintedFigures | undefined, field: string) =>
  figures?.notes.find((n) => n.field === field);

/**
 * The props of `PrintedFigure` for a printed number (`score` or `pillars.<id>`): the printed value
 * and its note, both undefined where nothing is printed (another scenario or other data).
 * @example <PrintedFigure computed={row.score} {...printedNumber(row.published, 'score')} {lang} />
 */
export function printedNumber(
  figures: PrintedFigures | undefined,
  field: string,
): { printed: number | undefined; note: PublishedNote | undefined } {
  const printed = field.startsWith('pillars.')
    ? figures?.pillars?.[field.slice('pillars.'.length)]
    : figures?.score;
  return { printed, note: noteOn(figures, field) };
}

/** The props of `PrintedTier`: the printed tier and its note. */
export function printedTier(figures: PrintedFigures | undefined): {
  printed: string | undefined;
  note: PublishedNote | undefined;
} {
  return { printed: figures?.tier, note: noteOn(figures, 'tier') };
}
