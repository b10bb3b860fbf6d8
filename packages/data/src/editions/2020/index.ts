import { printedAliases } from './aliases.ts';
import { caseStudies } from './case-studies.ts';
import { cities } from './cities.ts';
import { errata } from './errata.ts';
import { indicators, pillars } from './framework.ts';
import { dataset2020, ref2020 } from './dataset.ts';
import { papers } from './papers.ts';
import { published } from './published.ts';
import { source2020 } from './source.ts';
import { caseStudiesZh, measuresZh } from './texts-zh.ts';
import { values } from './values.ts';
import { claims } from './claims/index.ts';
import { claimNames } from './claim-names.ts';
import { cityClasses, cityGroupNames, cityGroups, classificationSources } from './city-classes.ts';
import { indicatorNotes } from './notes/index.ts';
import { reportNotes } from './report-notes.ts';
import { reportSections } from './report-sections.ts';
import { reputationMethod } from './reputation-method.ts';

export { printedAliases };
export { consistencyInput2020 } from './consistency-input.ts';
export { frameworkNodes, indexId } from './framework.ts';
export * from './ids.ts';
export { source2020 };
export { caseStudiesZh, measuresZh, type CaseStudyZh } from './texts-zh.ts';
export type { NameTable } from './claim-names.ts';
export {
  claimNames,
  claims,
  cityClasses,
  cityGroupNames,
  cityGroups,
  classificationSources,
  indicatorNotes,
  reportNotes,
  reportSections,
  reputationMethod,
};
export { caseStudies, cities, dataset2020, errata, indicators, papers, pillars, published, ref2020, values };

/**
 * The Global Smart Cities 2020 edition: cities, pillars and indicators, the 420 printed values, the
 * paper counts behind the reputation index, the published tables (for verification only), the
 * errata, the case studies, the printed variants of city names (`aliases`), the report's bibliographic record (`source`), and `dataset`, the generic form the engine consumes.
 * @example
 * import { edition2020 } from '@smartcities/data/editions/2020';
 * edition2020.values['hong-kong']['mobile-phone']; // 100
 */
export const edition2020 = {
  ref: ref2020,
  cities,
  pillars,
  indicators,
  values,
  papers,
  published,
  errata,
  caseStudies,
  aliases: printedAliases,
  dataset: dataset2020,
  source: source2020,
  zh: { measures: measuresZh, caseStudies: caseStudiesZh },
  /** The report made readable: indicator notes, checked claims, city groups, method and findings. */
  report: {
    sections: reportSections,
    indicatorNotes,
    claims,
    claimNames,
    cityClasses,
    cityGroups,
    cityGroupNames,
    classificationSources,
    reputationMethod,
    notes: reportNotes,
  },
} as const;

/** The shape of `edition2020`. */
export type Edition2020 = typeof edition2020;
