import { expect, test } from '@playwright/test';

// The API under /api in the real web server (server.js): its own limits and problem documents.

test('an unknown API path under /api is a problem whose suggestion keeps the prefix', async ({ request }) => {
  const response = await request.get('/api/v1/rankngs');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-type']).toMatch(/^application\/problem\+json/);
  expect(await response.json()).toMatchObject({
    instance: '/api/v1/rankngs',
    suggestion: '/api/v1/rankings',
  });
});

test('a URL over 16 KiB under /api is the API 414 problem', async ({ request }) => {
  const response = await request.get(`/api/v1/rankings?x=${'a'.repeat(17_000)}`);
  expect(response.status()).toBe(414);
  expect((await response.json()).type).toBe('urn:smartcities:problem:uri-too-long');
});

test('an oversized body under /api is the API 413 problem', async ({ request }) => {
  const response = await request.post('/api/v1/score', {
    headers: { 'Content-Type': 'text/csv' },
    data: 'x'.repeat(3 * 1024 * 1024),
  });
  expect(response.status()).toBe(413);
  expect((await response.json()).type).toBe('urn:smartcities:problem:too-large');
});

test('a body nested 5,000 deep under /api is a 400 naming the field', async ({ request }) => {
  const response = await request.post('/api/v1/uncertainty', {
    headers: { 'Content-Type': 'application/json' },
    data: `{"spec":${'['.repeat(5000)}${']'.repeat(5000)}}`,
  });
  expect(response.status()).toBe(400);
  expect((await response.json()).errors[0].path).toBe('spec');
});
