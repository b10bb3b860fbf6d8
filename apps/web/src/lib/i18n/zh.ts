import type { MessageKey } from './en';
import { siteZh } from './texts/site.zh';
import { rankingZh } from './texts/ranking.zh';
import { cityZh } from './texts/city.zh';
import { playgroundZh } from './texts/playground.zh';
import { methodZh } from './texts/method.zh';
import { dataZh } from './texts/data.zh';
import { auditZh } from './texts/audit.zh';

/** Chinese interface text, one entry per English key. */
export const zh: Record<MessageKey, string> = {
  ...siteZh,
  ...rankingZh,
  ...cityZh,
  ...playgroundZh,
  ...methodZh,
  ...dataZh,
  ...auditZh,
};
