import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

test('the JavaScript that / loads is at most 100 KB gzipped', async ({ page }) => {
  const scripts: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(response.body().then((body) => gzipSync(body).length));
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(scripts);
  const total = sizes.reduce((a, b) => a + b, 0);
  test.info().annotations.push({
    type: 'budget',
    description: `${sizes.length} scripts, ${(total / 1024).toFixed(1)} KB gzipped (limit 100 KB)`,
  });
  expect(sizes.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(100 * 1024);
});

test('/methodology, a page to read, ships no JavaScript and still draws its framework tree', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/methodology');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  expect(await page.locator('script').count()).toBe(0);
  await expect(page.getByTestId('framework-chart').locator('svg text').first()).toBeVisible();
});
