/**
 * Core's scenario validation, in its own module so that the CLI loads it (and zod with it) only
 * when a command is given a scenario; `smartcities rank` with the report's method starts without it.
 */
export { parseScenario, scenarioFromQuery, scenarioToQuery } from '@smartcities/core';
