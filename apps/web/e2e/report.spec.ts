import { expect, rankedCities, test } from './fixtures';

test('an indicator page shows the definition, sources, the national-proxy caveat with its place, and a chart', async ({
  page,
}) => {
  await page.goto('/indicators/data-center');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indicator: Data center');
  const proxy = page.locator('[data-caveat="national-proxy"]');
  await expect(proxy).toContainText('national proxy under-rates');
  await expect(proxy).toContainText('§2.1, p. 11, table 2-1, line 323');
  await expect(page.getByTestId('indicator-facts')).toContainText('World Bank');
  await expect(page.getByTestId('indicator-correlations')).toContainText('Pearson r');
  await expect(page.getByTestId('indicator-chart').locator('svg')).toBeVisible();
  await expect(page.locator('[data-testid="indicator-ranking"] tbody tr').first()).toHaveAttribute(
    'data-city',
    'singapore',
  );
});

test('the indicator page in Chinese', async ({ page }) => {
  await page.goto('/indicators/data-center?lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('指标：数据中心');
  await expect(page.locator('[data-caveat="national-proxy"]')).toContainText(
    '国家层面的替代指标低估了其大城市',
  );
  await expect(page.locator('[data-caveat="national-proxy"]')).toContainText('第2.1节，第11页');
});

test.describe('a missing indicator', () => {
  test.use({ consoleAllow: [/status of 404/] });
  test('answers 404 with a suggestion', async ({ page }) => {
    const response = await page.goto('/indicators/data-centre');
    expect(response?.status()).toBe(404);
    await expect(page.locator('main')).toContainText('Data center');
  });
});

test('a pillar table links its indicator headers to their pages and lists its claims', async ({ page }) => {
  await page.goto('/pillars/infrastructure');
  await page.locator('[data-column-link="data-center"]').click();
  await expect(page).toHaveURL(/\/indicators\/data-center$/);
  await page.goto('/pillars/infrastructure');
  await expect(page.locator('[data-claim="infrastructure-leader"]')).toHaveAttribute('data-status', 'holds');
  await expect(page.getByTestId('pillar-analysis')).toContainText('early movers');
  await page.goto('/pillars/infrastructure?lang=zh');
  await expect(page.getByTestId('pillar-analysis')).toContainText('先行者领先');
});

test('a city page shows its region rank and similar cities', async ({ page }) => {
  await page.goto('/cities/shanghai');
  await expect(page.locator('[data-group="developing"]')).toContainText(
    'Rank 1 of 8 among Developing economies',
  );
  await expect(page.locator('[data-group="asia"]')).toContainText('among Asia');
  await expect(page.getByTestId('similar-cities').locator('li').first()).toHaveAttribute(
    'data-city',
    'beijing',
  );
  await expect(page.getByTestId('similar-cities')).toContainText('distance');
  await page.goto('/cities/shanghai?lang=zh');
  await expect(page.locator('[data-group="developing"]')).toContainText('在发展中经济体中排名第1（共8个）');
  await expect(page.getByTestId('similar-cities').locator('li').first()).toContainText('北京');
});

test('the findings on / show London first as holding, in both languages', async ({ page }) => {
  await page.goto('/');
  const london = page.locator('[data-testid="findings-claims"] [data-claim="london-first"]');
  await expect(london).toContainText('✓');
  await expect(london).toContainText('London ranks first overall');
  await expect(london).toHaveAttribute('data-status', 'holds');
  await page.goto('/?lang=zh');
  await expect(page.locator('[data-claim="london-first"]')).toContainText('✓');
  await expect(page.locator('[data-claim="london-first"]')).toContainText('伦敦在总排名中排名第1');
});

test('the group filter on / and /map keeps only the group', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('findings')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Group of cities').selectOption('developing');
  await expect(page).toHaveURL(/group=developing/);
  await expect
    .poll(() => rankedCities(page))
    .toEqual(['shanghai', 'beijing', 'dubai', 'moscow', 'mumbai', 'buenos-aires', 'rio-de-janeiro', 'cairo']);
  await page.goto('/map?group=europe');
  await expect(page.locator('main table tbody tr')).toHaveCount(4);
  await page.getByRole('link', { name: 'Tier' }).click();
  await expect(page).toHaveURL(/colour=tier&group=europe|group=europe&colour=tier/);
  await expect(page.locator('main table tbody tr')).toHaveCount(4);
});

test('geometric aggregation in the playground flips claims from ✓ to ✗', async ({ page }) => {
  await page.goto('/playground');
  await expect(page.getByTestId('bands-status')).toContainText('Monte Carlo');
  const claim = page.locator('[data-testid="scenario-claims"] [data-claim="economy-l393-1-5"]');
  await expect(claim).toHaveAttribute('data-status', 'holds');
  await expect(claim).toContainText('✓');
  const failing = page.locator('[data-testid="scenario-claims"] li[data-status="fails"]');
  const before = await failing.count();
  await page.getByLabel('Aggregation of indicators into pillars').selectOption('geometric');
  await expect(claim).toHaveAttribute('data-status', 'fails');
  await expect(claim).toContainText('✗');
  expect(await failing.count()).toBeGreaterThan(before);
});

test('the heatmap shows 20 × 21 values, sorts by any column and links indicators', async ({ page }) => {
  await page.goto('/indicators');
  const rows = page.locator('[data-testid="heatmap"] tbody tr');
  await expect(rows).toHaveCount(20);
  await expect(rows.first().locator('td')).toHaveCount(22);
  await page.getByRole('link', { name: 'Sort by Open data' }).click();
  await expect(page).toHaveURL(/sort=open-data/);
  await expect(rows.first()).toHaveAttribute('data-city', 'seoul');
  await expect(rows.first().locator('td').nth(13)).toHaveText('100.0');
  await page.goto('/indicators?lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部指标');
});

test('/findings tells the method, the reputation search and every claim', async ({ page }) => {
  await page.goto('/findings');
  await expect(page.getByTestId('papers-searched')).toContainText('1100');
  await expect(page.getByTestId('papers-kept')).toContainText('519');
  await expect(page.getByTestId('papers-chart').locator('svg')).toBeVisible();
  await expect(page.locator('[data-note="five-plus-one"]')).toContainText('never added');
  await expect(page.locator('[data-note="printed-values"]')).toContainText('420');
  await expect(page.getByTestId('recommendations').locator('section')).toHaveCount(3);
  await expect(page.getByTestId('all-claims-tally')).toContainText('under the report');
  await page.goto('/findings?lang=zh');
  await expect(page.locator('[data-note="five-plus-one"]')).toContainText('从不计入总分');
});
