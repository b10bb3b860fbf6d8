import type { IndicatorNote } from '../../../schema/index.ts';
import type { IndicatorId } from '../ids.ts';
import { economyNotes } from './economy.ts';
import { governanceNotes } from './governance.ts';
import { infrastructureNotes } from './infrastructure.ts';
import { innovationNotes } from './innovation.ts';
import { serviceNotes } from './service.ts';

/**
 * What the report tells about each of the 21 indicators, in our words (English and Chinese): the
 * definition, the sources it names, unit and scale, and the caveats, every one with its place in
 * the report. In framework order.
 * @example indicatorNotes.find((n) => n.id === 'data-center')?.caveats[0]?.place.section // '2.1'
 */
export const indicatorNotes: readonly (IndicatorNote & { id: IndicatorId })[] = [
  ...infrastructureNotes,
  ...economyNotes,
  ...serviceNotes,
  ...governanceNotes,
  ...innovationNotes,
] as (IndicatorNote & { id: IndicatorId })[];
