import { describe, expect, it } from 'vitest';
import { defaultScenario } from './default.ts';
import { scenarioHash } from './hash.ts';
import { defineScenario, parseScenario } from './parse.ts';
import type { ScenarioInput } from './schema.ts';
import { isScenarioParam, scenarioFromQuery, scenarioToQuery } from './url.ts';

const examples: ScenarioInput[] = [
  { data: { impute: 'mean' } },
  { data: { impute: 'group-mean', imputeGroup: 'GDP_group', minAvailability: 0.65, treat: 'coinr' } },
  { data: { treat: 'winsorise' }, aggregation: { method: 'geometric' } },
];

describe('scenario data steps', () => {
  it.each(examples)('round-trip through the URL form: %j', (input) => {
    const scenario = defineScenario(input);
    expect(scenarioFromQuery(scenarioToQuery(scenario))).toEqual({ ok: true, scenario });
  });

  it('use the CLI flag names in the URL form', () => {
    const scenario = defineScenario(examples[1]!);
    expect(scenarioToQuery(scenario)).toBe(
      'impute=group-mean&impute-group=GDP_group&min-availability=0.65&treat=coinr',
    );
    expect(['impute', 'impute-group', 'min-availability', 'treat'].every(isScenarioParam)).toBe(true);
    expect(['constructor', 'toString', '__proto__'].some(isScenarioParam)).toBe(false);
  });

  it('leave no trace when every step does nothing, so the default hash stays', () => {
    const none = defineScenario({ data: { impute: 'none', treat: 'none' } });
    expect(none.data).toBeUndefined();
    expect(scenarioHash(none)).toBe(scenarioHash(defaultScenario));
    expect(scenarioHash(defineScenario({ data: { treat: 'coinr' } }))).not.toBe(
      scenarioHash(defaultScenario),
    );
  });

  it.each([
    ['impute=mode', '?impute', /unknown imputation method "mode"/],
    ['treat=clip', '?treat', /unknown treatment "clip"/],
    ['min-availability=lots', '?min-availability', /expected a share between 0 and 1/],
    ['min-availability=1.5', '?min-availability', /1/],
    ['impute=mean&impute-group=GDP_group', '?impute-group', /needs impute "group-mean"/],
  ])('name the parameter of a bad value: %s', (query, where, message) => {
    const parsed = scenarioFromQuery(query);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]!.path.startsWith(where)).toBe(true);
    expect(parsed.issues[0]!.message).toMatch(message);
  });

  it('are validated in JSON scenarios too', () => {
    expect(parseScenario({ data: { impute: 'average' } }).ok).toBe(false);
  });
});
