export { sourceLine } from './source-line.ts';
export {
  cite,
  citeBibtex,
  citeRis,
  citeText,
  cslJson,
  citationFormats,
  type CitationFormat,
  type CslItem,
} from './cite.ts';
