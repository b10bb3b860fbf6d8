import { expect, test } from './fixtures';

test("under the report's method the ranking shows Beijing's printed 92.8, its marker revealing 92.7", async ({
  page,
}) => {
  await page.goto('/');
  const score = page.locator('tr[data-city="beijing"] .score');
  await expect(score.locator('.printed')).toHaveText('92.8');
  const marker = score.getByTestId('printed-marker');
  await expect(marker.getByRole('tooltip')).toBeHidden();
  await marker.getByRole('button').hover();
  await expect(marker.getByRole('tooltip')).toBeVisible();
  await expect(marker.getByRole('tooltip')).toContainText('92.7');
  await expect(marker.getByRole('tooltip')).toContainText('92.8');
  await expect(page.locator('tr[data-city="london"] .score')).toHaveText('100.0');
});

test("the playground shows the printed figures under the report's method, computed ones after a change", async ({
  page,
}) => {
  await page.goto('/playground');
  await expect(page.getByTestId('bands-status')).toContainText('Monte Carlo');
  await expect(page.locator('tr[data-city="beijing"] .score .printed')).toHaveText('92.8');
  await page.getByLabel('Aggregation of pillars into the index').selectOption('geometric');
  await expect(page).toHaveURL(/a\.index=geometric/);
  await expect(page.locator('[data-testid="ranking"] .printed')).toHaveCount(0);
  await expect(page.getByTestId('printed-marker')).toHaveCount(0);
});

test('in the playground another method shows computed values only, no printed figures', async ({ page }) => {
  await page.goto('/playground?a.index=geometric');
  await expect(page.locator('[data-testid="ranking"] tbody tr[data-city]').first()).toBeVisible();
  await expect(page.getByTestId('printed-marker')).toHaveCount(0);
  await expect(page.locator('[data-testid="ranking"] .printed')).toHaveCount(0);
});

for (const [lang, title, institution] of [
  ['en', 'Global Smart Cities 2020', 'Institute of Information, Shanghai Academy of Social Sciences'],
  ['zh', '全球智慧之都报告（2020版）', '上海社会科学院信息研究所'],
] as const) {
  test(`/about names the report in ${lang}: both titles, institutions, team, year and where it is`, async ({
    page,
  }) => {
    await page.goto(lang === 'en' ? '/about' : '/about?lang=zh');
    const record = page.getByTestId('source-record');
    await expect(record).toContainText('Global Smart Cities 2020');
    await expect(record).toContainText('全球智慧之都报告（2020版）');
    await expect(record).toContainText(institution);
    await expect(record).toContainText('Fuchun ZHAO');
    await expect(record).toContainText('2020');
    await expect(record.getByRole('link', { name: 'https://publicadministration.un.org/en' })).toBeVisible();
    await expect(page.getByTestId('rights')).toContainText(
      lang === 'en' ? 'All rights reserved' : '保留所有权利',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      lang === 'en' ? 'About the source' : '关于数据来源',
    );
    await expect(page.getByTestId('source-footer')).toContainText(title);
  });
}

for (const path of [
  '/',
  '/compare',
  '/playground',
  '/map',
  '/reputation',
  '/methodology',
  '/data',
  '/about',
  '/cities/london',
  '/pillars/service',
]) {
  test(`the footer of ${path} names the source`, async ({ page }) => {
    await page.goto(path);
    const footer = page.getByTestId('source-footer');
    await expect(footer).toContainText(/^\s*Source: Global Smart Cities 2020/);
    await expect(footer).toContainText('Shanghai Academy of Social Sciences');
    await expect(footer.getByRole('link')).toHaveAttribute('href', '/about');
  });
}

test('/methodology states the counts in plain words and no longer says "reproduced exactly"', async ({
  page,
}) => {
  await page.goto('/methodology');
  await expect(page.getByTestId('replication-summary')).toHaveText(
    /^760 printed numbers: \d+ exact, \d+ within input rounding, \d+ explained by errata, 0 failed\.$/,
  );
  await expect(page.locator('main')).not.toContainText('reproduced exactly');
});

test('every download names its source: a source field in JSON, a Link to the source record beside CSV', async ({
  request,
}) => {
  const json = (await (await request.get('/data/export.json')).json()) as { source: { line: string } };
  expect(json.source.line).toMatch(/^Source: Global Smart Cities 2020/);
  for (const path of ['/data/export.csv', '/data/rankings.csv', '/data/rankings.xlsx']) {
    const response = await request.get(path);
    expect(response.headers()['link']).toBe('</api/v1/source>; rel="describedby"; type="application/json"');
  }
  const source = (await (await request.get('/api/v1/source')).json()) as { source: { year: number } };
  expect(source.source.year).toBe(2020);
});

test('Chinese mode shows case studies and indicator descriptions in Chinese', async ({ page }) => {
  await page.goto('/cities/seoul?lang=zh');
  await expect(page.getByRole('heading', { name: /首尔：开放数据广场/ })).toBeVisible();
  await expect(page.locator('main')).toContainText('首尔在开放数据指标上领先');
  await page.goto('/pillars/governance?lang=zh');
  await expect(page.locator('main')).toContainText('政府数据开放的程度');
  await page.goto('/methodology?lang=zh');
  await expect(page.locator('main')).toContainText('使用4G网络的移动用户所占比例');
});

test("a city page under the report's method shows the printed score and pillar scores, with the marker", async ({
  page,
}) => {
  await page.goto('/cities/beijing');
  await expect(page.getByTestId('city-score').locator('.printed')).toHaveText('92.8');
  await expect(page.getByTestId('city-score').getByTestId('printed-marker')).toHaveAttribute(
    'data-computed',
    '92.7',
  );
  await expect(page.locator('tr[data-node="service"] td').first()).toHaveText('92.0');
});

test('the compare page shows the printed figures under the report’s method', async ({ page }) => {
  await page.goto('/compare?cities=beijing,tokyo');
  await expect(page.getByTestId('printed-marker').first()).toBeVisible();
  await expect(page.locator('main')).toContainText('92.8');
  await expect(page.locator('main')).toContainText('62.9');
});
