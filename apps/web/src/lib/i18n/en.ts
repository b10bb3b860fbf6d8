import { siteEn } from './texts/site.en';
import { rankingEn } from './texts/ranking.en';
import { cityEn } from './texts/city.en';
import { playgroundEn } from './texts/playground.en';
import { methodEn } from './texts/method.en';
import { dataEn } from './texts/data.en';
import { auditEn } from './texts/audit.en';

/** English interface text; `{name}` marks a value filled in by `t`. One file a concept in texts/. */
export const en = {
  ...siteEn,
  ...rankingEn,
  ...cityEn,
  ...playgroundEn,
  ...methodEn,
  ...dataEn,
  ...auditEn,
} as const;

/** An interface text key. */
export type MessageKey = keyof typeof en;
