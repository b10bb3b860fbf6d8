import { expect, rankedCities, test } from './fixtures';

test('the ranking puts London first with 100.0, with tier bands and rank intervals', async ({ page }) => {
  await page.goto('/');
  const first = page.locator('[data-testid="ranking"] tbody tr[data-city]').first();
  await expect(first).toHaveAttribute('data-city', 'london');
  await expect(first.locator('.score')).toHaveText('100.0');
  await expect(first.locator('.interval')).toHaveText('1');
  await expect(page.locator('tr.band')).toHaveText(['Leading cities', 'Advanced cities', 'Following cities']);
  expect(await rankedCities(page)).toHaveLength(20);
});

test('the ranking sorts by a pillar and filters by search', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Smart economy' }).click();
  await expect(page).toHaveURL(/sort=economy/);
  expect((await rankedCities(page))[0]).toBe('new-york');
  await page.getByLabel('Search cities').fill('syd');
  await expect.poll(() => rankedCities(page)).toEqual(['sydney']);
  await expect(page).toHaveURL(/q=syd/);
});

test('a city page shows its score, rank, pillars and reputation', async ({ page }) => {
  await page.goto('/cities/london');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('London');
  await expect(page.getByTestId('city-score')).toHaveText('100.0');
  await expect(page.getByTestId('city-rank')).toHaveText('Rank 1 of 20');
  await expect(page.locator('tr[data-node="governance"] td').first()).toHaveText('74.3');
  await expect(page.getByTestId('reputation')).toContainText('papers');
  await expect(page.getByTestId('pillar-chart').locator('svg')).toBeVisible();
});

test('a case study appears on its city page', async ({ page }) => {
  await page.goto('/cities/hong-kong');
  await expect(page.getByRole('heading', { name: /Case study/ })).toBeVisible();
});

test.describe('an unknown city', () => {
  test.use({ consoleAllow: [/status of 404/] });
  test('answers 404 with a suggestion', async ({ page }) => {
    const response = await page.goto('/cities/londn');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: 'Did you mean London?' })).toHaveAttribute(
      'href',
      '/cities/london',
    );
  });
});

test('compare shows two to four cities side by side', async ({ page }) => {
  await page.goto('/compare?cities=sydney,tokyo,cairo');
  const header = page.locator('[data-testid="compare"] thead th');
  await expect(header).toHaveText(['Sydney', 'Tokyo', 'Cairo']);
  await expect(page.getByTestId('compare-chart').locator('svg').first()).toBeVisible();
});

test('a pillar page ranks the pillar with its indicators', async ({ page }) => {
  await page.goto('/pillars/infrastructure');
  expect((await rankedCities(page))[0]).toBe('hong-kong');
  await expect(page.locator('[data-city="hong-kong"] .score')).toHaveText('96.5');
});

test('the methodology shows the framework, the tier rule, replication and errata', async ({ page }) => {
  await page.goto('/methodology');
  await expect(page.getByTestId('framework')).toContainText('Mobile phone: 5.0%');
  await expect(page.getByTestId('replication-summary')).toContainText('0 failed');
  await expect(page.getByTestId('errata').locator('tbody tr')).not.toHaveCount(0);
  await expect(page.getByTestId('framework-chart').locator('svg')).toBeVisible();
});

test('the map draws the cities on a world map', async ({ page }) => {
  await page.goto('/map');
  await expect(page.getByTestId('map').locator('svg circle')).toHaveCount(20);
  await page.getByRole('link', { name: 'tier', exact: true }).click();
  await expect(page).toHaveURL(/colour=tier/);
});

test('the reputation page compares papers with the smart rank', async ({ page }) => {
  await page.goto('/reputation');
  await expect(page.locator('[data-testid="reputation"] tbody tr').first()).toHaveAttribute(
    'data-city',
    'beijing',
  );
  await expect(page.getByTestId('correlation')).toContainText('Spearman');
});

test('Sydney ranks above Tokyo with the geometric mean at every level', async ({ page }) => {
  await page.goto('/playground?a=geometric');
  const order = await rankedCities(page);
  expect(order.indexOf('sydney')).toBeLessThan(order.indexOf('tokyo'));
  const api = await page.request.get('/api/v1/rankings?a=geometric');
  const { rows } = (await api.json()) as { rows: { city: string; rank: number }[] };
  const rank = (id: string) => rows.find((r) => r.city === id)!.rank;
  expect(rank('sydney')).toBeLessThan(rank('tokyo'));
});

test('a city page says what it takes to climb a rank and a tier', async ({ page }) => {
  await page.goto('/cities/paris');
  const climb = page.getByTestId('climb');
  await expect(climb.getByRole('heading', { name: 'To reach rank 5' })).toBeVisible();
  await expect(climb.getByRole('heading', { name: 'To reach the Leading tier' })).toBeVisible();
  await expect(climb).toContainText('points in all');
});
