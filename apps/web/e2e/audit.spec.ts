import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const serious = async (page: import('@playwright/test').Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
};

for (const [lang, heading, lookFor] of [
  ['en', 'Statistical audit', 'What to look for'],
  ['zh', '统计审计', '需要关注'],
] as const) {
  test(`/audit (${lang}) shows every section with its charts and passes axe`, async ({ page }) => {
    await page.goto(lang === 'en' ? '/audit' : '/audit?lang=zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    for (const section of ['data', 'structure', 'robustness', 'units'])
      await expect(page.getByTestId(`audit-${section}`).getByText(lookFor)).toBeVisible();
    for (const chart of ['audit-heatmap', 'audit-sobol', 'audit-remove-one'])
      await expect(page.getByTestId(chart).locator('svg').first()).toBeVisible();
    await expect(page.locator('[data-testid="audit-structure"] tr[data-pillar="governance"]')).toContainText(
      '0.16',
    );
    await page.waitForLoadState('networkidle');
    expect(await serious(page)).toEqual([]);
  });
}

test('/audit offers the same HTML report to download, in both languages', async ({ page }) => {
  await page.goto('/audit');
  for (const [id, lang] of [
    ['report-en', 'en'],
    ['report-zh', 'zh-CN'],
  ]) {
    const href = await page.getByTestId(id).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.headers()['content-type']).toMatch(/^text\/html/);
    expect(await response.text()).toContain(`<html lang="${lang}">`);
  }
});

test('/audit audits an uploaded file in the browser and offers its report', async ({ page }) => {
  await page.goto('/audit');
  await page.waitForLoadState('networkidle');
  const csv = 'id,name,lon,a,b,c\nx,X,1,1,2,9\ny,Y,2,2,,7\nz,Z,3,3,5,4\nw,W,4,4,1,1\nv,V,5,6,3,2\n';
  await page
    .locator('#audit-file')
    .setInputFiles({ name: 'towns.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Audit the file' }).click();
  const yours = page.getByTestId('audit-yours');
  await expect(yours.getByTestId('audit-units')).toBeVisible({ timeout: 20_000 });
  await expect(yours.getByTestId('report-yours')).toHaveAttribute('href', /^blob:/);
  await expect(yours.getByTestId('scored-columns')).toHaveText('Scored as indicators (3): a, b, c');
  await expect(yours.getByTestId('column-roles').locator('tbody td').first()).toHaveText('lon');
});

test('the ranking and every city page show tier chances and rank intervals', async ({ page }) => {
  await page.goto('/');
  const table = page.getByTestId('tier-chances-table');
  await table.locator('summary').click();
  await expect(table.locator('tr[data-city="london"]')).toContainText('100%');
  await page.goto('/cities/mumbai?lang=zh');
  await expect(page.getByTestId('tier-chances')).toContainText('这一排名有多稳健？');
  await expect(page.getByTestId('tier-chances')).toContainText('跟随');
});

test('the playground offers imputation and outlier treatment and writes them in the URL', async ({
  page,
}) => {
  await page.goto('/playground');
  // the worker's bands appear only once the page is hydrated and listening to the pickers
  await expect(page.getByTestId('bands-status')).toContainText('Monte Carlo');
  await page.locator('#m-treat').selectOption('coinr');
  await expect(page).toHaveURL(/treat=coinr/);
  await page.locator('#m-treat').selectOption('none');
  await expect(page).not.toHaveURL(/treat=/);
});
