import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const pages = [
  '/',
  '/cities/london',
  '/compare?cities=london,paris',
  '/pillars/economy',
  '/methodology',
  '/playground',
  '/map',
  '/reputation',
  '/data',
  '/about',
  '/about?lang=zh',
  '/cities/beijing',
  '/?lang=zh',
  '/indicators',
  '/indicators/data-center',
  '/findings',
  '/cities/shanghai?lang=zh',
];

for (const path of pages) {
  test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  });
}

test('the dark theme has no serious or critical accessibility violation either', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
});
