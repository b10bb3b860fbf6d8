import type { CaseStudy } from '../../schema/index.ts';

/** The report's five city case studies, one per pillar, summarised in our own words. */
export const caseStudies: readonly CaseStudy[] = [
  {
    id: 'hong-kong-digital-infrastructure',
    city: 'hong-kong',
    pillar: 'infrastructure',
    title: 'Hong Kong: first-rate digital infrastructure',
    summary:
      'Hong Kong tops the infrastructure ranking. Its 2017 Smart City Blueprint builds on dense submarine-cable and satellite links, four competing mobile operators that keep prices low, near-universal broadband in homes and offices, and a deliberate push to attract data centres by letting industrial buildings and land be converted cheaply.',
    keyFigures: [
      { label: 'Smart infrastructure score (table 2-1, rank 1)', value: 96.5 },
      { label: 'Smart City Blueprint published', value: 'December 2017' },
      { label: 'Mobile phone penetration, January 2020', value: 283.7, unit: '%' },
      { label: 'Mobile data users', value: 23.52, unit: 'million' },
      { label: 'Households with broadband access', value: 93.6, unit: '%' },
      { label: 'Average fixed broadband download speed', value: 176.7, unit: 'Mbit/s' },
      { label: 'Land reserved for high-end data centres in Tseung Kwan O', value: 3, unit: 'ha' },
    ],
  },
  {
    id: 'shanghai-digital-industry',
    city: 'shanghai',
    pillar: 'economy',
    title: 'Shanghai: a rising force in digital industry',
    summary:
      "Shanghai's strong showing on the ICT industry indicator reflects three clusters: the Zhangjiang chip and integrated-circuit industry, artificial intelligence aimed at automating the city's large state-owned manufacturers, and consumer platforms for daily life that grow out of a dense, high-income market and then spread across the Yangtze River Delta.",
    keyFigures: [
      { label: 'ICT industry level (table 2-2, second after New York)', value: 92.0 },
      { label: 'Smart economy score (table 2-2, rank 4)', value: 79.1 },
      { label: 'Industrial clusters highlighted', value: 3 },
    ],
  },
  {
    id: 'paris-smart-transport',
    city: 'paris',
    pillar: 'service',
    title: 'Paris: intelligent public transport',
    summary:
      'Paris scores highest on convenient transportation. The case study follows Tranquilien, an app launched in 2013 by the start-up Snips with the national railway SNCF, which forecasts how crowded each suburban train will be up to a week ahead from open data, calendars and weather, so riders can pick emptier trains; it drew a large following within days and won a national open-data prize.',
    keyFigures: [
      { label: 'Convenient transportation score (table 2-3, rank 1)', value: 100.0 },
      { label: 'App announced', value: 'June 2013' },
      { label: 'Beta testers before release', value: 2000 },
      { label: 'Users on the first day', value: 20000 },
      { label: 'Potential iPhone users at launch', value: 600000 },
      { label: 'Data sources combined by the forecast (more than)', value: 10 },
    ],
  },
  {
    id: 'seoul-open-data-plaza',
    city: 'seoul',
    pillar: 'governance',
    title: 'Seoul: the Open Data Plaza',
    summary:
      'Seoul leads the open data indicator. Under its Smart Seoul 2015 plan the city opened a public data portal in 2012 that pools its information systems and databases into ten themes for developers and researchers, backed by a 2013 national open-data law; the portal now serves thousands of datasets, including live sensor feeds, and thousands of apps built on them.',
    keyFigures: [
      { label: 'Open data score (table 2-4, rank 1)', value: 100.0 },
      { label: 'Open Data Plaza opened', value: 'April 2012' },
      { label: 'Public information systems integrated', value: 33 },
      { label: 'Databases integrated', value: 880 },
      { label: 'Datasets available (more than)', value: 7000 },
      { label: 'Applications built on the data (more than)', value: 5500 },
      { label: 'Smart city investment announced in 2019, to 2022', value: 1.2, unit: 'billion USD' },
    ],
  },
  {
    id: 'london-fintech-innovation',
    city: 'london',
    pillar: 'innovation',
    title: 'London: where finance meets technology',
    summary:
      "London ranks first in smart innovation. The case study credits its talent pool, Europe's deepest, for making it the continent's fintech hub: fintech jobs and start-up funding grew fast, large technology firms run big engineering teams in the city, and start-up districts such as Silicon Roundabout keep producing new companies, with TechHub growing from London into an international network.",
    keyFigures: [
      { label: 'Smart innovation score (table 2-5, rank 1)', value: 89.4 },
      { label: 'Growth of fintech jobs in 2018', value: 61, unit: '%' },
      { label: 'Software developers in London', value: 360000 },
      { label: 'Fintech unicorns based in London (of 29 worldwide)', value: 7 },
      { label: 'Funding raised by London tech start-ups, 2018', value: 1.8, unit: 'billion GBP' },
      { label: 'New companies in the N1 postcode, 2016 (8,400 in 2015)', value: 14710 },
      { label: 'Companies served by TechHub (more than)', value: 750 },
    ],
  },
];
