/**
 * The CLI as one CommonJS bundle (dist/cli.cjs), which `main.ts` runs with V8's code cache.
 * Sub-commands inside it are still evaluated only when they run.
 */
export { run } from './run.ts';
