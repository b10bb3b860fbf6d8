import type { ReportPlace, ReportSection, TableId } from '../../schema/index.ts';

/** The report's sections as its outline lists them, with the outline's page and the heading's line. */
export const reportSections = [
  { id: 'summary', title: 'EXECUTIVE SUMMARY', page: 1, line: 90 },
  { id: 'preface', title: 'Preface', page: 2, line: 124 },
  { id: '1', title: '1. Overall ranking', page: 3, line: 152 },
  { id: '1.1', title: '1.1 Introduction', page: 3, line: 154 },
  { id: '1.2', title: '1.2 Review of Existing City Ranking', page: 5, line: 180 },
  { id: '1.3', title: '1.3 The Measurement Methods of Smart City', page: 9, line: 231 },
  { id: '1.4', title: '1.4 Overall Ranking and Analysis', page: 10, line: 257 },
  { id: '2', title: '2. Sub index ranking', page: 11, line: 291 },
  { id: '2.1', title: '2.1 Smart infrastructure', page: 11, line: 293 },
  { id: 'hong-kong-case', title: 'Hong Kong: Excellent Digital Infrastructure', page: 13, line: 351 },
  { id: '2.2', title: '2.2 Smart Economy', page: 14, line: 363 },
  { id: 'shanghai-case', title: 'Shanghai: new power of digital industry', page: 17, line: 425 },
  { id: '2.3', title: '2.3 Smart Service', page: 18, line: 439 },
  {
    id: 'paris-case',
    title: 'Paris: the practice of intelligent public transportation',
    page: 25,
    line: 547,
  },
  { id: '2.4', title: '2.4 Smart Governance', page: 26, line: 559 },
  { id: 'seoul-case', title: 'Seoul: An Open Data Plaza', page: 29, line: 641 },
  { id: '2.5', title: '2.5 Smart Innovation', page: 30, line: 657 },
  {
    id: 'london-case',
    title: 'London: Global Financial & Science and Technology Innovation Center',
    page: 35,
    line: 741,
  },
  { id: '2.6', title: '2.6 Smart Reputation', page: 36, line: 757 },
  { id: '3', title: '3. Conclusion', page: 38, line: 803 },
  { id: 'appendix', title: 'Appendix: Indicators', page: 40, line: 833 },
] as const satisfies readonly ReportSection[];

/** A section id of the report. */
export type SectionId = (typeof reportSections)[number]['id'];

/**
 * A place in the report: the section (its outline page is looked up), the line of the text
 * edition and a few words or a figure printed on it; optionally the table or figure.
 * @example at('2.1', 347, 'World Bank', { table: '2-1' })
 */
export function at(
  section: SectionId,
  line: number,
  anchor: string,
  extra: { table?: TableId; figure?: string } = {},
): ReportPlace {
  const page = reportSections.find((s) => s.id === section)!.page;
  return { section, page, line, anchor, ...extra };
}

/** The section a line of the text edition falls in: the last heading at or before it. */
export function sectionOfLine(line: number): ReportSection | undefined {
  return reportSections.filter((s) => s.line <= line).at(-1);
}
