import { describe, expect, it } from 'vitest';
import { app } from './app.ts';
import { matchesEtag } from './send-cached.ts';

describe('matchesEtag', () => {
  it.each([
    [undefined, '"a"', false],
    ['"a"', '"a"', true],
    ['W/"a"', '"a"', true],
    ['"b", "a"', '"a"', true],
    ['*', '"a"', true],
    ['"b"', '"a"', false],
    [',,,', '"a"', false],
  ])('If-None-Match %s against %s → %s', (header, etag, expected) => {
    expect(matchesEtag(header, etag)).toBe(expected);
  });
});

describe('the request cache', () => {
  it('answers a repeated request with the same body and tag, and keeps formats apart by Accept', async () => {
    const first = await app.request('/v1/rankings?w=service:3');
    const again = await app.request('/v1/rankings?w=service:3');
    const csv = await app.request('/v1/rankings?w=service:3', { headers: { Accept: 'text/csv' } });
    expect(await again.text()).toBe(await first.text());
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('etag')).not.toBe(first.headers.get('etag'));
  });

  it('does not remember failures', async () => {
    expect((await app.request('/v1/rankings?w=nowhere:1')).status).toBe(400);
    expect((await app.request('/v1/rankings?w=nowhere:1')).status).toBe(400);
  });
});
