import type { OffScale } from '@smartcities/core/engine';

/**
 * The warning `score` prints when a normalisation that keeps values as they are (as-published)
 * meets values off its scale: how many, their range, the first one, and what to use instead.
 */
export function offScaleWarning(off: OffScale, isDefault: boolean): string {
  const { first } = off;
  return [
    `warning: --normalisation ${off.method}${isDefault ? ' (the default)' : ''} takes values already on a ${off.lower}-${off.upper} scale,`,
    `but ${off.count} of ${off.observed} values lie outside it (from ${off.min} to ${off.max}; first: ${first.unit}, ${first.indicator} = ${first.value}),`,
    'so these scores mean little; normalise them instead, e.g. --normalisation min-max',
    '(or z-score, percentile-rank, goalposts: see smartcities score --help)',
  ].join('\n');
}
