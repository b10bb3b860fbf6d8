/** What a reader of each audit section should look for, one sentence each (English). */
export const lookFor = {
  data: 'Look for units or indicators with low availability (under about 65%), many imputed cells, and indicators whose skewness and kurtosis stay high after treatment.',
  structure:
    "Look for negative or near-zero correlations inside a pillar, an indicator that correlates weakly with its own pillar, Cronbach's alpha under 0.7, a first principal component explaining little, and effective weights far from the nominal ones.",
  robustness:
    'Look for wide rank intervals, tier probabilities well below 1, inputs with a large total Sobol index, and indicators or pillars whose removal moves many ranks.',
  units:
    'Look for units whose rank rests on one or two strong indicators, and for weaknesses that recur across a pillar.',
} as const;
