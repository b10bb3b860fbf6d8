import { didYouMean } from '@smartcities/core';
import { error } from '@sveltejs/kit';
import { edition } from '../edition';
import type { Lang } from '../i18n/lang';
import { localName } from '../i18n/local-name';
import { t } from '../i18n/t';

/** The edition's city with this id, or a 404 in the reader's language that suggests the closest id. */
export function findCity(id: string, lang: Lang) {
  const city = edition.cities.find((c) => c.id === id);
  if (city) return city;
  const guess = edition.cities.find((c) => c.id === didYouMean(id, edition.cities.map((c) => c.id)));
  error(404, {
    message: t(lang, 'city.notFound', { id }),
    ...(guess ? { suggestion: t(lang, 'city.suggest', { name: localName(guess, lang) }), suggestionHref: `/cities/${guess.id}` } : {}),
  });
}
