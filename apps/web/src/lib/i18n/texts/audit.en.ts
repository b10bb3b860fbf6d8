/** English interface text of the statistical audit page. */
export const auditEn = {
  'audit.heading': 'Statistical audit',
  'audit.lead':
    'A check of the index in the way the JRC audits composite indicators: the data, the structure, how robust the ranks are, and where each city is strong or weak.',
  'audit.settings':
    'Monte Carlo runs: {runs}; Sobol samples: {samples}; weight noise ±{noise}%; seed {seed}.',
  'audit.report': 'Download the report (HTML, works offline)',
  'audit.reportEn': 'English',
  'audit.reportZh': 'Chinese',
  'audit.upload': 'Audit your own data',
  'audit.uploadLead':
    "Upload a CSV, JSON or XLSX file in our layout or COINr's; it is audited in your browser and never sent anywhere.",
  'audit.run': 'Audit the file',
  'audit.running': 'Auditing…',
  'audit.yours': 'Audit of your file',
  'audit.downloadYours': 'Download this audit (HTML)',
  'audit.lookFor': 'What to look for',
  'audit.data': 'Data',
  'audit.dataLook':
    'Look for units or indicators with low availability (under about 65%), many imputed cells, and indicators whose skewness and kurtosis stay high after treatment.',
  'audit.dataSummary':
    '{imputed} cells imputed, {treated} treated, {screened} units left out; {low} indicators not fully observed.',
  'audit.structure': 'Structure',
  'audit.structureLook':
    "Look for negative or near-zero correlations inside a pillar, an indicator that correlates weakly with its own pillar, Cronbach's alpha under 0.7, a first principal component explaining little, and effective weights far from the nominal ones.",
  'audit.heatmap': 'Pearson correlations between indicators, pillars and the index',
  'audit.pillar': 'Pillar',
  'audit.alpha': "Cronbach's alpha",
  'audit.pc1': 'Variance on the first component',
  'audit.minR': 'Lowest r inside',
  'audit.robustness': 'Robustness',
  'audit.robustnessLook':
    'Look for wide rank intervals, tier probabilities well below 1, inputs with a large total Sobol index, and indicators or pillars whose removal moves many ranks.',
  'audit.sobol':
    'Sobol indices of the rank shift: first order (dot) and total (bar), with 95% bootstrap intervals',
  'audit.removeOne': 'Mean absolute rank shift when one indicator or pillar is left out',
  'audit.rank': 'Rank',
  'audit.interval': '90% interval',
  'audit.units': 'Strengths and weaknesses',
  'audit.unitsLook':
    'Look for units whose rank rests on one or two strong indicators, and for weaknesses that recur across a pillar.',
  'audit.best': 'Best indicators (rank)',
  'audit.worst': 'Worst indicators (rank)',
} as const;
