import { apiRequest } from '$lib/server/api-request';
import type { RequestHandler } from './$types';

/** The HTTP API mounted under /api: every method is answered by the API app itself. */
export const fallback: RequestHandler = ({ request, url }) => apiRequest(request, url);
