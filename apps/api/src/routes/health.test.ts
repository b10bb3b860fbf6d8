import { describe, expect, it } from 'vitest';
import { app } from '../app.ts';
import { json } from '../../test/json.ts';

describe('GET /v1/health', () => {
  it('answers ok with the versions served, never cached', async () => {
    const response = await app.request('/v1/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await json(response)).toEqual({
      status: 'ok',
      edition: '2020',
      dataVersion: '1.0.0',
      engineVersion: '0.1.0',
    });
  });
});
