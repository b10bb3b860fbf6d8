import type { Bilingual, IndicatorSource } from '../../../schema/index.ts';
import { at } from '../report-sections.ts';

/** The scale of every printed indicator value (section 1.4 states how values were made comparable). */
export const printedScale: Bilingual = {
  en: 'Score from 0 to 100 as printed in the report, already made unit-free by its authors; the best city usually gets 100 or close to it.',
  zh: '报告印出的0至100分，作者已做无量纲处理；表现最好的城市通常得100分或接近100分。',
};

/** Unit of indicators that the report takes as finished scores from another index. */
export const compositeUnit: Bilingual = {
  en: 'No physical unit: a score taken from the outside index named as the source.',
  zh: '无物理单位：取自所列外部指数的得分。',
};

/** The appendix row naming an indicator's source (section "Appendix: Indicators", page 40). */
export const appendixSource = (name: string, line: number, anchor = name): IndicatorSource => ({
  name,
  place: at('appendix', line, anchor),
});
