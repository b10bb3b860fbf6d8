import { en } from '../i18n/en';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/t';

/** The letter of the k-th compared scenario: A (the report's method), B, C, D. */
export const letter = (k: number): string => String.fromCharCode(65 + k);

/** A component's name in a language; a component without a translation shows its own name. */
export function componentName(lang: Lang, name: string): string {
  const key = `cmp.component.${name}`;
  return key in en ? t(lang, key as keyof typeof en) : name;
}

/** A signed number of points with two decimals and a real minus sign: "+1.25", "−0.40". */
export function signedPoints(value: number): string {
  const text = Math.abs(value).toFixed(2);
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${text}`;
}
