import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultScenario } from '@smartcities/core/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIError } from './cli-error.ts';
import { scenarioFromFlags, type ScenarioFlags } from './scenario-flags.ts';
import { tempFolder } from './testing/run-cli.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempFolder()));
afterAll(() => cleanup());

async function failure(flags: ScenarioFlags): Promise<string> {
  const error = await scenarioFromFlags(flags).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CLIError);
  expect((error as CLIError).code).toBe(2);
  return (error as CLIError).message;
}

describe('scenarioFromFlags()', () => {
  it('gives the default scenario itself when no flag is set', async () => {
    expect(await scenarioFromFlags({})).toBe(defaultScenario);
  });

  it('reads every flag into the scenario', async () => {
    const scenario = await scenarioFromFlags({
      normalisation: 'min-max',
      aggregation: 'geometric,index=arithmetic',
      weights: 'infrastructure=2,governance:1',
      exclude: 'data-center,open-data',
      rescale: 'none',
      tiers: 'quantile:0.25,0.75',
    });
    expect(scenario.normalisation.method).toBe('min-max');
    expect(scenario.aggregation).toMatchObject({ method: 'geometric', levels: { index: 'arithmetic' } });
    expect(scenario.weights).toEqual({ infrastructure: 2, governance: 1 });
    expect(scenario.exclude).toEqual(['data-center', 'open-data']);
    expect(scenario.rescale).toBe('none');
    expect(scenario.tiers).toEqual({ rule: 'quantile', probs: [0.25, 0.75] });
  });

  it('starts from --scenario (a JSON file or the URL form) and lets flags replace its parts', async () => {
    const file = join(dir, 'scenario.json');
    await writeFile(file, JSON.stringify({ aggregation: { method: 'geometric' }, weights: { economy: 3 } }));
    const fromFile = await scenarioFromFlags({ scenario: file, weights: 'service=2' });
    expect(fromFile.aggregation.method).toBe('geometric');
    expect(fromFile.weights).toEqual({ service: 2 });
    const fromQuery = await scenarioFromFlags({ scenario: 'a=harmonic&t=mean-sd:0.5' });
    expect(fromQuery.aggregation.method).toBe('harmonic');
    expect(fromQuery.tiers).toEqual({ rule: 'mean-sd', k: 0.5 });
  });

  it.each<[ScenarioFlags, string]>([
    [
      { aggregation: 'geometrc' },
      '--aggregation: unknown aggregation method "geometrc"; did you mean "geometric"?',
    ],
    [
      { aggregation: 'pillars=harmonc' },
      '--aggregation: unknown aggregation method "harmonc"; did you mean "harmonic"?',
    ],
    [
      { normalisation: 'minmax' },
      '--normalisation: unknown normalisation method "minmax"; did you mean "min-max"?',
    ],
    [{ weights: 'governance=heavy' }, '--weights: expected id:weight, got "governance=heavy"'],
    [{ weights: 'governance=-1' }, '--weights: a weight must be 0 or more, got -1'],
    [{ rescale: 'leader' }, '--rescale:'],
    [{ tiers: 'quantile:0.9,0.1' }, '--tiers: the lower probability must be below the upper one'],
    [{ aggregation: 'a=b=c' }, '--aggregation: expected NAME or LEVEL=NAME'],
    [{ exclude: ' ' }, '--exclude: expected a value'],
  ])('names the flag of a bad value: %j', async (flags, message) => {
    expect(await failure(flags)).toContain(message);
  });

  it('names the scenario file and field for problems inside it', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ aggregation: { method: 'geometrc' } }));
    expect(await failure({ scenario: bad })).toContain(
      `--scenario ${bad}: aggregation.method: unknown aggregation method "geometrc"; did you mean "geometric"?`,
    );
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "aggregation": ');
    expect(await failure({ scenario: broken })).toMatch(new RegExp(`^--scenario ${broken}: invalid JSON`));
    expect(await failure({ scenario: join(dir, 'missing.json') })).toContain('no such file');
    expect(await failure({ scenario: 'a=geometrc' })).toContain(
      '--scenario a=geometrc: ?a (aggregation.method): unknown aggregation method',
    );
  });
});
