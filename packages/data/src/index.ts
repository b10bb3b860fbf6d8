export * from './schema/index.ts';
export { edition2020, type Edition2020 } from './editions/2020/index.ts';
export {
  checkConsistency,
  findingId,
  tierOf,
  type ConsistencyInput,
  type Finding,
} from './consistency/index.ts';
export { canonicalJson } from './canonical-json.ts';
export { contentHash } from './content-hash.ts';
export { hashText } from './hash.ts';
export * from './load/index.ts';
export * from './source/index.ts';
