import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod';
import { sensitivitySpecSchemaWithin } from './sensitivity-spec.ts';
import { uncertaintySpecSchemaWithin } from './uncertainty-spec.ts';

const varies = { weightNoise: { pillars: 0.25 } };

describe('spec schemas within a service cap', () => {
  it('caps uncertainty runs and keeps the default within the cap', () => {
    const schema = uncertaintySpecSchemaWithin({ runs: 500 });
    expect(schema.parse(varies).runs).toBe(500);
    expect(schema.safeParse({ ...varies, runs: 500 }).success).toBe(true);
    const over = schema.safeParse({ ...varies, runs: 501 });
    expect(over.error?.issues[0]?.message).toBe('runs must be a whole number from 1 to 500, got 501');
    expect(uncertaintySpecSchemaWithin({ runs: 2000 }).parse(varies).runs).toBe(1000);
  });

  it('caps sensitivity samples and bootstrap, defaults within them (512 when 1024 is over the cap)', () => {
    const schema = sensitivitySpecSchemaWithin({ samples: 512, bootstrap: 100 });
    expect(schema.parse(varies)).toMatchObject({ samples: 512, bootstrap: 100 });
    expect(schema.safeParse({ ...varies, samples: 513 }).success).toBe(false);
    expect(schema.safeParse({ ...varies, bootstrap: 101 }).success).toBe(false);
  });

  it('states the caps as the JSON Schema maximum (what an OpenAPI document shows)', () => {
    const json = toJSONSchema(sensitivitySpecSchemaWithin({ samples: 512, bootstrap: 1000 }), {
      io: 'input',
    }) as { properties: Record<string, { maximum?: number; default?: number }> };
    expect(json.properties.samples).toMatchObject({ maximum: 512, default: 512 });
    expect(json.properties.bootstrap).toMatchObject({ maximum: 1000, default: 200 });
  });
});
