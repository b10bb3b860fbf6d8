import { error } from '@sveltejs/kit';
import { downloadFormatSchema, downloadRanking } from '$lib/server/download-ranking';
import type { RequestHandler } from './$types';

/** GET /data/rankings.csv|json|xlsx, optionally with a scenario in the query. */
export const GET: RequestHandler = ({ params, url }) => {
  const format = downloadFormatSchema.safeParse(params.format);
  if (!format.success)
    error(404, { message: `no download in the format "${params.format}"; expected csv, json or xlsx` });
  return downloadRanking(format.data, url.searchParams);
};
