import { expect, test } from './fixtures';
import { sitePages } from './design-helpers';

const htmlRoutes = [...sitePages, '/embed/heatmap', '/cities/nowhere'];

for (const path of htmlRoutes) {
  test(`${path} sends CSP and the security headers`, async ({ request }) => {
    const response = await request.get(path, { headers: { 'accept-encoding': 'gzip, br' } });
    const headers = response.headers();
    expect(headers['content-type']).toContain('text/html');
    const csp = headers['content-security-policy'] ?? '';
    const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['content-encoding']).toMatch(/^(br|gzip)$/);
    if (path.startsWith('/embed/')) {
      expect(csp).toContain('frame-ancestors *');
      expect(headers['x-frame-options']).toBeUndefined();
    } else {
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options']).toBe('DENY');
    }
  });
}

test.describe('framing', () => {
  test.use({ consoleAllow: [/frame-ancestors|Refused to (frame|display)/] });
  test('/embed/ranking can be framed; / cannot', async ({ page, baseURL }) => {
    // a page (served by the test itself) that frames two of ours; 'none' refuses even the same origin
    await page.route(`${baseURL}/framing-test`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body:
          `<iframe id="embed" src="${baseURL}/embed/ranking" width="800" height="900"></iframe>` +
          `<iframe id="home" src="${baseURL}/" width="800" height="600"></iframe>`,
      }),
    );
    await page.goto('/framing-test');
    const embed = page.frameLocator('#embed');
    await expect(embed.getByText(/^Source: /)).toBeVisible();
    await expect(embed.locator('picture[data-chart="ranking"] img')).toBeVisible();
    await page.waitForTimeout(500);
    const home = page.frames().find((f) => f.url().startsWith(`${baseURL}/`) && !f.url().includes('embed'));
    const homeHeading = home
      ? await home
          .locator('h1')
          .count()
          .catch(() => 0)
      : 0;
    expect(homeHeading).toBe(0);
  });
});

test('robots.txt and sitemap.xml list the site', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: ');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/cities/london</loc>');
  expect(sitemap).toContain('/methodology</loc>');
});

test('every page has a description and preview tags pointing at a chart', async ({ page }) => {
  for (const path of ['/', '/cities/london', '/methodology']) {
    await page.goto(path);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{50,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Smart Cities/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.{50,}/);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/\/charts\/ranking\.svg/);
    const response = await page.request.get(image!);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
  }
});
