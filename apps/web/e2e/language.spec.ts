import { expect, test } from './fixtures';

test('the "中文 / English" control switches the language and keeps it in the URL', async ({ page }) => {
  await page.goto('/?sort=economy');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/sort=economy&lang=zh/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2020全球智慧城市排名');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('tr[data-city="london"] th a')).toHaveText('伦敦');
  await page.getByRole('link', { name: '地图' }).click();
  await expect(page).toHaveURL(/\/map\?lang=zh/);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map');
});

test('a Chinese page is server-rendered in Chinese', async ({ page }) => {
  await page.goto('/cities/tokyo?lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('东京');
});

test('the theme button says what it does, switches to dark and back, and remembers', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('button', { name: 'Use dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Use dark theme' })).toBeHidden();
  await page.reload();
  // chosen on the server from the cookie: the first paint is already dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Use light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Use dark theme' })).toBeVisible();
});
