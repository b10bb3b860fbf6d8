import type { ProseFact } from '../../../schema/index.ts';

/**
 * Facts of the 2020 report's prose that can be checked on their own terms, as printed, each on
 * the line of the source text that prints it, and each naming the erratum that corrects it.
 */
export const proseFacts: readonly ProseFact[] = [
  {
    kind: 'figures',
    line: 617,
    section: '2.4 Smart governance: the Shanghai 12345 hotline',
    printed: ['1.738 million', '1234 million', '1234 million', '1234 million'],
    city: 'shanghai',
    erratum: 'E-text-l617-figure',
  },
  {
    kind: 'indicator-term',
    line: 427,
    section: '2.2 Smart economy: Shanghai case study',
    printed: 'credit capacity',
    pillar: 'economy',
    city: 'shanghai',
    erratum: 'E-text-l427-indicator-term',
  },
  {
    kind: 'cadence',
    line: 92,
    section: 'Preface',
    printed: 'biennial',
    everyYears: 2,
    year: 2020,
    earlier: { line: 190, years: [2014, 2015, 2017] },
    erratum: 'E-text-l92-cadence',
  },
  {
    kind: 'user-counts',
    line: 557,
    section: '2.3 Smart service: the Paris case study (Tranquilien app)',
    printed: 'more than 10000 users',
    city: 'paris',
    counts: [
      { afterDays: 1, users: 20000, atLeast: false },
      { afterDays: 7, users: 10000, atLeast: true },
    ],
    erratum: 'E-text-l557-user-counts',
  },
];
