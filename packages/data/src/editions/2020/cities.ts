import type { City } from '../../schema/index.ts';
import type { CityId } from './ids.ts';

type EditionCity = City & { id: CityId };

/** The 20 cities of the 2020 edition, in the order of the overall ranking. */
export const cities: readonly EditionCity[] = [
  { id: 'london', name: 'London', nameZh: '伦敦', country: 'GB', region: 'Europe', lat: 51.5074, lon: -0.1278 },
  { id: 'new-york', name: 'New York', nameZh: '纽约', country: 'US', region: 'North America', lat: 40.7128, lon: -74.006 },
  { id: 'singapore', name: 'Singapore', nameZh: '新加坡', country: 'SG', region: 'Asia', lat: 1.3521, lon: 103.8198 },
  { id: 'shanghai', name: 'Shanghai', nameZh: '上海', country: 'CN', region: 'Asia', lat: 31.2304, lon: 121.4737 },
  { id: 'beijing', name: 'Beijing', nameZh: '北京', country: 'CN', region: 'Asia', lat: 39.9042, lon: 116.4074 },
  { id: 'paris', name: 'Paris', nameZh: '巴黎', country: 'FR', region: 'Europe', lat: 48.8566, lon: 2.3522 },
  { id: 'hong-kong', name: 'Hong Kong', nameZh: '香港', country: 'HK', region: 'Asia', lat: 22.3193, lon: 114.1694 },
  { id: 'los-angeles', name: 'Los Angeles', nameZh: '洛杉矶', country: 'US', region: 'North America', lat: 34.0522, lon: -118.2437 },
  { id: 'chicago', name: 'Chicago', nameZh: '芝加哥', country: 'US', region: 'North America', lat: 41.8781, lon: -87.6298 },
  { id: 'seoul', name: 'Seoul', nameZh: '首尔', country: 'KR', region: 'Asia', lat: 37.5665, lon: 126.978 },
  { id: 'dubai', name: 'Dubai', nameZh: '迪拜', country: 'AE', region: 'Middle East', lat: 25.2048, lon: 55.2708 },
  { id: 'tokyo', name: 'Tokyo', nameZh: '东京', country: 'JP', region: 'Asia', lat: 35.6762, lon: 139.6503 },
  { id: 'sydney', name: 'Sydney', nameZh: '悉尼', country: 'AU', region: 'Oceania', lat: -33.8688, lon: 151.2093 },
  { id: 'toronto', name: 'Toronto', nameZh: '多伦多', country: 'CA', region: 'North America', lat: 43.6532, lon: -79.3832 },
  { id: 'berlin', name: 'Berlin', nameZh: '柏林', country: 'DE', region: 'Europe', lat: 52.52, lon: 13.405 },
  { id: 'moscow', name: 'Moscow', nameZh: '莫斯科', country: 'RU', region: 'Europe', lat: 55.7558, lon: 37.6173 },
  { id: 'mumbai', name: 'Mumbai', nameZh: '孟买', country: 'IN', region: 'Asia', lat: 19.076, lon: 72.8777 },
  { id: 'buenos-aires', name: 'Buenos Aires', nameZh: '布宜诺斯艾利斯', country: 'AR', region: 'Latin America', lat: -34.6037, lon: -58.3816 },
  { id: 'rio-de-janeiro', name: 'Rio de Janeiro', nameZh: '里约热内卢', country: 'BR', region: 'Latin America', lat: -22.9068, lon: -43.1729 },
  { id: 'cairo', name: 'Cairo', nameZh: '开罗', country: 'EG', region: 'Africa', lat: 30.0444, lon: 31.2357 },
];
