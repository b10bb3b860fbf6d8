import { citeText } from '@smartcities/data/source';
import { edition } from '$lib/edition';

/** The report's record and its plain-text citation. */
export function load() {
  return { source: edition.source, citation: citeText(edition.source) };
}
