import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

// the home page, and /methodology, whose framework tree is drawn on the server (no chart code)
for (const path of ['/', '/methodology']) {
  test(`the JavaScript that ${path} loads is at most 100 KB gzipped`, async ({ page }) => {
    const scripts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(response.body().then((body) => gzipSync(body).length));
    });
    await page.goto(path);
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
}
