import { expect, test } from './fixtures';
import {
  clippedTables,
  inChinese,
  layoutShift,
  overflowing,
  sitePages,
  smallestChartText,
} from './design-helpers';

const widths = [390, 768, 1280, 1920];

for (const width of widths) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of sitePages.flatMap((p) => [p, inChinese(p)])) {
      test(`${path} fits, reaches every column, keeps chart text >= 11 px, does not shift`, async ({
        page,
      }, info) => {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(150);
        await page.screenshot({ path: info.outputPath(`${width}.png`), fullPage: true });
        expect(await overflowing(page), 'elements wider than the viewport').toEqual([]);
        expect(await clippedTables(page), 'tables with unreachable columns').toEqual([]);
        expect(await smallestChartText(page)).toBeGreaterThanOrEqual(11);
        expect(await layoutShift(page)).toBeLessThan(0.02);
      });
    }
  });
}

test.describe('the page header', () => {
  for (const path of sitePages.filter((p) => !p.startsWith('/embed/')).flatMap((p) => [p, inChinese(p)])) {
    test(`${path} has its one heading in the design system's page header`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('header.page-header > h1')).toBeVisible();
    });
  }
});

for (const width of [1280, 1920]) {
  test.describe(`the rankings at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const path of ['/', '/playground']) {
      test(`${path} shows every pillar column without scrolling`, async ({ page }) => {
        await page.goto(path);
        const table = page.getByTestId('ranking');
        await expect(table).toBeVisible();
        const hidden = await table.evaluate((t) => {
          const region = t.closest('[data-scroll-x]')!.getBoundingClientRect();
          return [...t.querySelectorAll('thead th')]
            .filter((th) => th.getBoundingClientRect().right > region.right + 1)
            .map((th) => th.textContent);
        });
        expect(hidden).toEqual([]);
      });
    }
  });
}
