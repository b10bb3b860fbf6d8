import type { RequestIdVariables } from 'hono/request-id';

/** The Hono environment of the API: the request id set by the request-id middleware. */
export interface AppEnv {
  Variables: RequestIdVariables;
}
