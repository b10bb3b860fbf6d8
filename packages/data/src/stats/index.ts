export { competitionRank } from './competition-rank.ts';
export { newColumn } from './new-column.ts';
export { observed, populationSd, type Observed } from './observed.ts';
export { median, quantile, quantileSorted } from './quantile.ts';
export { radixOrder } from './radix-order.ts';
export { roundTo } from './round-to.ts';
