import { didYouMean } from './did-you-mean.ts';

/** What the lookup needs to know of a city: its id and names. */
export interface NamedCity {
  id: string;
  name: string;
  nameZh?: string;
}

/** The city a query names, or why none: the closest id when one is close, and a message. */
export type CityLookup =
  { ok: true; id: string } | { ok: false; suggestion: string | undefined; message: string };

/**
 * The form a city name is compared in: Unicode-normalised (NFKC), lower case, without spaces,
 * hyphens, underscores, dots or apostrophes, so "Hong Kong", "hong-kong" and "HONGKONG" agree.
 * @example cityKey('Bei Jing') // 'beijing'
 */
export function cityKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.'’]+/gu, '');
}

/** Every key a city answers to, mapped to its id: ids first, then English and Chinese names, then aliases. */
function cityKeys(
  cities: readonly NamedCity[],
  aliases: Readonly<Record<string, string>>,
): Map<string, string> {
  const keys = new Map<string, string>();
  const add = (text: string | undefined, id: string) => {
    const key = text === undefined ? '' : cityKey(text);
    if (key !== '' && !keys.has(key)) keys.set(key, id);
  };
  for (const city of cities) add(city.id, city.id);
  for (const city of cities) add(city.name, city.id);
  for (const city of cities) add(city.nameZh, city.id);
  const ids = new Set(cities.map((city) => city.id));
  for (const [alias, id] of Object.entries(aliases)) if (ids.has(id)) add(alias, id);
  return keys;
}

/**
 * Finds a city by id, English name, Chinese name or printed alias (such as "Bombay" or
 * "Bei Jing"), ignoring case, spaces and hyphens. An unknown name gives the closest city's id
 * as a suggestion when one is close enough. Where two cities share a key, an id wins over a
 * name, a name over an alias, and an earlier city over a later one.
 * @example lookupCity('hong kong', edition2020.cities, edition2020.aliases) // { ok: true, id: 'hong-kong' }
 */
export function lookupCity(
  query: string,
  cities: readonly NamedCity[],
  aliases: Readonly<Record<string, string>> = {},
): CityLookup {
  const keys = cityKeys(cities, aliases);
  const id = keys.get(cityKey(query));
  if (id !== undefined) return { ok: true, id };
  const guess = didYouMean(cityKey(query), [...keys.keys()]);
  const suggestion = guess === undefined ? undefined : keys.get(guess);
  const hint = suggestion ? ` did you mean "${suggestion}"?` : '';
  const ids = cities.map((city) => city.id).join(', ');
  return {
    ok: false,
    suggestion,
    message: `unknown city "${query}";${hint} expected an id, English or Chinese name: ${ids}`,
  };
}
