/** The audit work the explorer asks for: enough for stable figures, quick enough for a page. */
export const pageAuditOptions = { runs: 500, samples: 64, bootstrap: 50, seed: 1 } as const;
