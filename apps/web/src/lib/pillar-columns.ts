import type { Named } from './i18n/local-name';
import { totalPillars } from './edition';

/** The five pillars as table columns: id with English and Chinese names. */
export const pillarColumns: Named[] = totalPillars.map(({ id, name, nameZh }) => ({ id, name, nameZh }));
