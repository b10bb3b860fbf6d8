import { didYouMean } from '@smartcities/core';
import { error } from '@sveltejs/kit';
import type { MessageKey } from '../i18n/en';
import type { Lang } from '../i18n/lang';
import { localName, type Named } from '../i18n/local-name';
import { t } from '../i18n/t';

/**
 * The item with this id, or a 404 in the reader's language that links to the closest id
 * (`base` + id), when one is close enough.
 * @example findOr404(edition.cities, 'londn', 'en', 'city.notFound', '/cities/') // 404 suggesting London
 */
export function findOr404<T extends Named>(
  items: readonly T[],
  id: string,
  lang: Lang,
  notFound: MessageKey,
  base: string,
): T {
  const item = items.find((c) => c.id === id);
  if (item) return item;
  const guess = items.find(
    (c) =>
      c.id ===
      didYouMean(
        id,
        items.map((c) => c.id),
      ),
  );
  error(404, {
    message: t(lang, notFound, { id }),
    ...(guess
      ? {
          suggestion: t(lang, 'city.suggest', { name: localName(guess, lang) }),
          suggestionHref: `${base}${guess.id}`,
        }
      : {}),
  });
}
