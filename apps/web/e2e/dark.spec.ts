import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { sitePages } from './design-helpers';

test.use({ colorScheme: 'dark' });

for (const path of sitePages) {
  test(`${path} in the dark theme has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
