import type { RequestIdVariables } from 'hono/request-id';
import type { Representation } from './representation.ts';

/** The Hono environment of the API: the request id, and the representation a cached route sent. */
export interface AppEnv {
  Variables: RequestIdVariables & { representation?: Representation };
}
