/**
 * English interface text of city pages, compare, the map, reputation, why a city moved and printed
 * figures.
 */
export const cityEn = {
  'city.rank': 'Rank {rank} of {total}',
  'city.pillars': 'Pillars against the median and the leader',
  'city.chartKey':
    'Bars: this city; dashed tick: the median; solid tick: the leader. The same figures are in the table.',
  'city.interval': 'Rank interval under uncertainty: {interval}',
  'city.indicators': 'Indicators against the median',
  'city.strengths': 'Strengths',
  'city.weaknesses': 'Weaknesses',
  'city.reputation': 'Reputation against the smart rank',
  'city.reputationText':
    '{papers} papers: rank {repRank} on reputation, rank {smartRank} on the smart city index.',
  'city.caseStudy': 'Case study',
  'city.climb': 'What it takes',
  'city.climbRank': 'To reach rank {rank}',
  'city.climbTier': 'To reach the {tier} tier',
  'city.climbTotal': '{total} points in all, spread as:',
  'city.climbEasiest': 'Or one indicator alone: {name} +{points} points.',
  'city.climbNone': 'Not reachable by improving the indicators.',
  'city.climbNote':
    "Points are on each indicator's printed 0-100 scale; every answer is re-scored by the engine.",
  'city.climbTop': 'Already first; nothing to climb.',
  'city.climbTopTier': 'Already in the leading tier.',
  'city.notFound': 'No city with the id "{id}".',
  'city.suggest': 'Did you mean {name}?',
  'compare.heading': 'Compare cities',
  'compare.pick': 'Pick two to four cities',
  'compare.submit': 'Compare',
  'compare.tooFew': 'Pick at least two cities.',
  'compare.tooMany': 'At most four cities; the first four are shown.',
  'compare.unknown': 'Unknown city "{id}" ignored.',
  'map.heading': 'Map',
  'map.colourBy': 'Colour by',
  'map.score': 'score',
  'map.tier': 'tier',
  'map.caption': 'The twenty cities with their score and tier',
  'rep.heading': 'Smart reputation',
  'rep.lead':
    'The "+1" reference index: Web of Science papers per city (2010 to May 2020), never part of the total.',
  'rep.correlation': 'Rank correlation between papers and the index: Spearman {spearman}, Kendall {kendall}.',
  'rep.total': '{total} papers in all.',
  'rep.papers': 'Papers',
  'rep.repRank': 'Reputation rank',
  'rep.smartRank': 'Smart rank',
  'rep.difference': 'Difference',
  'why.heading': 'Why did it move?',
  'why.moved':
    'Under the playground scenario, {city} goes from rank {rankFrom} to rank {rankTo} ({change} points), mostly because of {parts}.',
  'why.still':
    'Under the playground scenario, {city} stays at rank {rank} ({change} points), mostly because of {parts}.',
  'why.none': "The playground scenario leaves {city}'s score unchanged.",
  'why.part': 'the {name} ({value})',
  'why.and': ' and ',
  'why.compare': 'See the full comparison',
  'printed.rounding':
    'The report prints {published}. Recomputed from its one-decimal inputs: {computed}. The gap is within what rounding the unpublished exact inputs can cause (±{bound}).',
  'printed.erratum': 'The report prints {published}. Recomputed: {computed}. See erratum {erratum}.',
  'printed.label': 'printed {published}, recomputed {computed}',
  'rep.printedNote':
    'Figures as table 2-6 prints them; * marks those the recomputation gives otherwise (hover or focus it for why).',
} as const;
