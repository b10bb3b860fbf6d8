import type { ReputationMethod } from '../../schema/index.ts';
import { at } from './report-sections.ts';

/**
 * How the "+1" smart reputation index was built (section 2.6): Web of Science, January 2010 to
 * May 2020, 1,100 papers found and 519 kept, sorted into three topic classes (Figure 2-1). The
 * text of the report prints no counts for Figure 2-1 (it is a picture), so `topicCounts` is null.
 */
export const reputationMethod: ReputationMethod = {
  database: 'Web of Science',
  period: { from: '2010-01', to: '2020-05' },
  searched: 1100,
  kept: 519,
  topics: [
    { code: 'A', id: 'applications', name: { en: 'Applications', zh: '应用' } },
    {
      code: 'M',
      id: 'model',
      name: { en: 'Model (the overall design of a smart city)', zh: '模式（智慧城市的整体设计）' },
    },
    {
      code: 'D',
      id: 'data',
      name: { en: 'Data (results and spill-overs of applications)', zh: '数据（应用产生的成果与溢出）' },
    },
  ],
  topicCounts: null,
  places: {
    search: at('2.6', 761, '1100'),
    kept: at('2.6', 763, '519'),
    topics: at('2.6', 795, 'A (applications)'),
    figure: at('2.6', 797, 'Figure 2-1', { figure: '2-1' }),
  },
};
