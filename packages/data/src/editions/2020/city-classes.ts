import type { CityClass, ClassificationSource, M49Area, ReportPlace } from '../../schema/index.ts';
import type { CityId } from './ids.ts';
import { at } from './report-sections.ts';

/** Where the data on regions and development status come from. */
export const classificationSources: readonly ClassificationSource[] = [
  {
    id: 'm49',
    name: 'United Nations Statistics Division, Standard country or area codes for statistical use (M49)',
    url: 'https://unstats.un.org/unsd/methodology/m49/',
    note: {
      en: "Region and sub-region of each city's country or area, by the UN's standard grouping.",
      zh: '按联合国标准分组给出每个城市所在国家或地区的大区和次区域。',
    },
  },
  {
    id: 'imf-weo-2020',
    name: 'IMF World Economic Outlook, April 2020: advanced economies and emerging market and developing economies',
    url: 'https://www.imf.org/en/Publications/WEO',
    note: {
      en: 'Developed means an IMF advanced economy (Hong Kong SAR, Korea and Singapore included); developing means an emerging market or developing economy. This split agrees with every place where the report calls a city developed or developing.',
      zh: '“发达”指国际货币基金组织所列的发达经济体（含香港特区、韩国和新加坡）；“发展中”指新兴市场和发展中经济体。这一划分与报告中每一处称城市为发达或发展中的说法一致。',
    },
  },
];

const area = (code: string, id: string, en: string, zh: string): M49Area => ({ code, id, name: { en, zh } });

const europe = area('150', 'europe', 'Europe', '欧洲');
const americas = area('019', 'americas', 'Americas', '美洲');
const asia = area('142', 'asia', 'Asia', '亚洲');
const africa = area('002', 'africa', 'Africa', '非洲');
const oceania = area('009', 'oceania', 'Oceania', '大洋洲');

const northernEurope = area('154', 'northern-europe', 'Northern Europe', '北欧');
const westernEurope = area('155', 'western-europe', 'Western Europe', '西欧');
const easternEurope = area('151', 'eastern-europe', 'Eastern Europe', '东欧');
const northernAmerica = area('021', 'northern-america', 'Northern America', '北美');
const latinAmerica = area('419', 'latin-america', 'Latin America and the Caribbean', '拉丁美洲和加勒比');
const easternAsia = area('030', 'eastern-asia', 'Eastern Asia', '东亚');
const southEasternAsia = area('035', 'south-eastern-asia', 'South-eastern Asia', '东南亚');
const southernAsia = area('034', 'southern-asia', 'Southern Asia', '南亚');
const westernAsia = area('145', 'western-asia', 'Western Asia', '西亚');
const northernAfrica = area('015', 'northern-africa', 'Northern Africa', '北非');
const australiaNz = area('053', 'australia-new-zealand', 'Australia and New Zealand', '澳大利亚和新西兰');

const bigDeveloping = at('2.1', 323, 'developing countries', { table: '2-1' });
const serviceDeveloping = at('2.3', 471, 'developing countries', { table: '2-3' });
const serviceDeveloped = at('2.3', 471, 'developed cities', { table: '2-3' });
const dubaiDeveloping = at('summary', 112, 'developing cities');

const row = (
  city: CityId,
  region: M49Area,
  subregion: M49Area,
  status: CityClass['status'],
  reportSays: ReportPlace[] = [],
): CityClass & { city: CityId } => ({ city, region, subregion, status, reportSays });

/**
 * Each city's UN M49 region and sub-region and its development status (IMF WEO, April 2020),
 * with the places where the report calls it developed or developing. In the overall ranking's order.
 */
export const cityClasses: readonly (CityClass & { city: CityId })[] = [
  row('london', europe, northernEurope, 'developed'),
  row('new-york', americas, northernAmerica, 'developed'),
  row('singapore', asia, southEasternAsia, 'developed'),
  row('shanghai', asia, easternAsia, 'developing', [bigDeveloping, serviceDeveloping]),
  row('beijing', asia, easternAsia, 'developing', [bigDeveloping, serviceDeveloping]),
  row('paris', europe, westernEurope, 'developed'),
  row('hong-kong', asia, easternAsia, 'developed'),
  row('los-angeles', americas, northernAmerica, 'developed'),
  row('chicago', americas, northernAmerica, 'developed', [serviceDeveloped]),
  row('seoul', asia, easternAsia, 'developed'),
  row('dubai', asia, westernAsia, 'developing', [dubaiDeveloping, serviceDeveloping]),
  row('tokyo', asia, easternAsia, 'developed', [serviceDeveloped]),
  row('sydney', oceania, australiaNz, 'developed', [serviceDeveloped]),
  row('toronto', americas, northernAmerica, 'developed'),
  row('berlin', europe, westernEurope, 'developed', [serviceDeveloped]),
  row('moscow', europe, easternEurope, 'developing'),
  row('mumbai', asia, southernAsia, 'developing', [bigDeveloping]),
  row('buenos-aires', americas, latinAmerica, 'developing'),
  row('rio-de-janeiro', americas, latinAmerica, 'developing', [bigDeveloping]),
  row('cairo', africa, northernAfrica, 'developing'),
];

/**
 * The groups a city can be compared within, by id: `developed`, `developing`, and each M49 region
 * (`europe`, `americas`, `asia`, `africa`, `oceania`), each listing its cities in ranking order.
 * @example cityGroups.developing // ['shanghai', 'beijing', 'dubai', …]
 */
export const cityGroups: Readonly<Record<string, readonly CityId[]>> = Object.fromEntries(
  [
    ...['developed', 'developing'].map((status) => [status, cityClasses.filter((c) => c.status === status)]),
    ...[europe, americas, asia, africa, oceania].map((r) => [
      r.id,
      cityClasses.filter((c) => c.region.id === r.id),
    ]),
  ].map(([id, members]) => [id, (members as CityClass[]).map((c) => c.city as CityId)]),
);

/** The names of the groups in `cityGroups`, English and Chinese. */
export const cityGroupNames: Readonly<Record<string, { en: string; zh: string }>> = {
  developed: { en: 'Developed economies', zh: '发达经济体' },
  developing: { en: 'Developing economies', zh: '发展中经济体' },
  ...Object.fromEntries([europe, americas, asia, africa, oceania].map((r) => [r.id, r.name])),
};
