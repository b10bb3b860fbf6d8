import { expect, test } from './fixtures';

test.describe('at phone width', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const path of ['/', '/cities/london', '/playground', '/methodology']) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('the skip link and the sort links work from the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.getByRole('link', { name: 'Smart innovation' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=innovation/);
});
