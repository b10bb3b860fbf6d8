import type { Pillar } from '../../schema/index.ts';
import type { PillarId } from './ids.ts';

type EditionPillar = Pillar & { id: PillarId | 'reputation' };

/** The five pillars (equal relative weights, the overall score is their mean) and the reference index. */
export const pillars: readonly EditionPillar[] = [
  {
    id: 'infrastructure',
    name: 'Smart infrastructure',
    nameZh: '智慧基础设施',
    description:
      'The digital hardware a city runs on: mobile access, 4G reach, international bandwidth and secure servers.',
    weight: 0.2,
    inTotal: true,
  },
  {
    id: 'economy',
    name: 'Smart economy',
    nameZh: '智慧经济',
    description:
      'How strong the digital industries are: design firms, software, ICT adoption by business and ICT services.',
    weight: 0.2,
    inTotal: true,
  },
  {
    id: 'service',
    name: 'Smart service',
    nameZh: '智慧服务',
    description:
      'Everyday public services residents can use online: health care, transport, learning and job search.',
    weight: 0.2,
    inTotal: true,
  },
  {
    id: 'governance',
    name: 'Smart governance',
    nameZh: '智慧治理',
    description:
      'How openly, safely, inclusively and sustainably the city is run, and how easily residents take part.',
    weight: 0.2,
    inTotal: true,
  },
  {
    id: 'innovation',
    name: 'Smart innovation',
    nameZh: '智慧创新',
    description: "The city's capacity to create: universities, research, start-ups and a skilled workforce.",
    weight: 0.2,
    inTotal: true,
  },
  {
    id: 'reputation',
    name: 'Smart reputation',
    nameZh: '智慧声誉',
    description:
      'Academic attention, counted as smart-city papers about each city; ranked for reference only, never added to the total.',
    weight: 0,
    inTotal: false,
  },
];
