import { tierNames } from '@smartcities/core';
import { edition } from '../edition';
import type { Lang } from '../i18n/lang';
import { localName } from '../i18n/local-name';
import { t } from '../i18n/t';
import type { NameTable } from './name-table';

/** The names claims use, in one language (cities, framework nodes and reputation, groups, tiers). */
export function claimNames(lang: Lang): NameTable {
  const nodes = [...edition.pillars, ...edition.indicators];
  return {
    city: Object.fromEntries(edition.cities.map((c) => [c.id, localName(c, lang)])),
    node: Object.fromEntries(nodes.map((n) => [n.id, localName(n, lang)])),
    group: Object.fromEntries(
      Object.entries(edition.report.cityGroupNames).map(([id, name]) => [id, name[lang]]),
    ),
    tier: Object.fromEntries(tierNames.map((tier) => [tier, t(lang, `tier.${tier}`)])),
  };
}
