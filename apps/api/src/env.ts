import type { RequestIdVariables } from 'hono/request-id';
import type { Executor } from './executor.ts';
import type { Representation } from './representation.ts';

/** The Hono environment of the API: the request id, the representation a cached route sent, and where expensive work runs. */
export interface AppEnv {
  Variables: RequestIdVariables & { representation?: Representation; executor: Executor };
}
