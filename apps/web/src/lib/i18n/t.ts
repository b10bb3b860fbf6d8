import { en, type MessageKey } from './en';
import type { Lang } from './lang';
import { zh } from './zh';

const messages = { en, zh } satisfies Record<Lang, Record<MessageKey, string>>;

/**
 * The interface text for a key in a language, with `{name}` placeholders filled from `vars`;
 * a placeholder without a value stays visible so that a missing value is noticed, not hidden.
 * @example t('zh', 'city.rank', { rank: 3, total: 20 }) // "第3名（共20个）"
 */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** A translator bound to one language, for components: `const tr = translator(lang); tr('nav.map')`. */
export function translator(lang: Lang): (key: MessageKey, vars?: Record<string, string | number>) => string {
  return (key, vars) => t(lang, key, vars);
}
