export { source2020 } from '../editions/2020/source.ts';
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
