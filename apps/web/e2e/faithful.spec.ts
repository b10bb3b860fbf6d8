import { expect, test } from './fixtures';
import { sitePages } from './design-helpers';

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

for (const path of sitePages.filter((p) => !p.startsWith('/embed/'))) {
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
  for (const path of [
    '/data/export.csv',
    '/data/rankings.csv',
    '/data/rankings.xlsx',
    '/data/template.units.csv',
    '/data/template.xlsx',
  ]) {
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

// #12: printed tiers, table 2-6, chart labels and the map under the report's method
test("the ranking's tier cell shows Berlin's printed tier, its marker naming the erratum", async ({
  page,
}) => {
  await page.goto('/');
  const row = page.locator('[data-testid="ranking"] tr[data-city="berlin"]');
  const marker = row.locator('[data-testid="printed-marker"][data-field="tier"]');
  await expect(marker).toHaveAttribute('data-computed', 'Advanced');
  await expect(row).toContainText('Following');
  await marker.getByRole('button').hover();
  await expect(marker.getByRole('tooltip')).toContainText('E-overall-r15-tier');
  // The tier bands group the cities by the tier they show: Berlin and Moscow under "Following".
  const band = page
    .locator('[data-testid="ranking"] tbody', { has: page.locator('tr[data-city="berlin"]') })
    .locator('tr.band');
  await expect(band).toContainText('Following');
  await page.goto('/playground?a.index=geometric');
  await expect(page.locator('[data-testid="ranking"] tbody tr[data-city]').first()).toBeVisible();
  await expect(page.locator('[data-testid="printed-marker"][data-field="tier"]')).toHaveCount(0);
});

test('a city page shows the printed tier; compare and the map show printed scores and tiers with markers', async ({
  page,
}) => {
  await page.goto('/cities/berlin');
  await expect(page.getByTestId('city-tier')).toContainText('Following');
  await expect(page.getByTestId('city-tier').getByTestId('printed-marker')).toHaveAttribute(
    'data-computed',
    'Advanced',
  );
  await page.goto('/compare?cities=berlin,moscow');
  await expect(page.locator('[data-testid="printed-marker"][data-field="tier"]')).toHaveCount(2);
  await page.goto('/map');
  const beijing = page.locator('tr', { has: page.locator('a[href="/cities/beijing"]') });
  await expect(beijing.locator('.printed').first()).toHaveText('92.8');
  await expect(beijing.getByTestId('printed-marker')).toHaveAttribute('data-computed', '92.7');
  // The map's own tooltips mark the printed figures too, coloured by the printed tier.
  await expect(page.locator('svg title', { hasText: /^Beijing: 92\.8\*$/ })).toHaveCount(1);
  await page.goto('/map?colour=tier');
  await expect(page.locator('svg title', { hasText: /^Berlin: .*\*$/ })).toHaveCount(1);
});

for (const lang of ['en', 'zh'] as const) {
  test(`/reputation shows table 2-6 as printed in ${lang}: Hong Kong 8th with the marker revealing 7`, async ({
    page,
  }) => {
    await page.goto(lang === 'en' ? '/reputation' : '/reputation?lang=zh');
    const row = page.locator('[data-testid="reputation"] tr[data-city="hong-kong"]');
    const rank = row.locator('td[data-field="reputationRank"]');
    await expect(rank.locator('.printed')).toHaveText('8');
    await expect(rank.getByTestId('printed-marker')).toHaveAttribute('data-computed', '7');
    const difference = row.locator('td[data-field="difference"]');
    await expect(difference.locator('.printed')).toHaveText('−1');
    await expect(difference.getByTestId('printed-marker')).toHaveAttribute('data-computed', '0');
    await expect(page.locator('[data-testid="reputation"] [data-testid="printed-marker"]')).toHaveCount(2);
    await expect(page.locator('tr[data-city="beijing"] td[data-field="papers"]')).toHaveText('72');
  });
}

test("the heatmap labels cells with the printed digits under the report's method, computed ones otherwise", async ({
  request,
}) => {
  const printed = await (await request.get('/charts/heatmap.svg')).text();
  expect(printed).toContain('>87.9*<');
  expect(printed).toContain('87.9 as printed (recomputed 88.0)');
  const ranking = await (await request.get('/charts/ranking.svg')).text();
  expect(ranking).toContain('Berlin: 15');
  expect(ranking).toContain('Following as printed (recomputed Advanced)');
  const other = await (await request.get('/charts/heatmap.svg?a.index=geometric')).text();
  expect(other).not.toContain('*<');
  expect(other).not.toContain('as printed');
});

test("the home page's heatmap table shows printed pillar scores with their markers", async ({ page }) => {
  await page.goto('/');
  const figure = page.getByTestId('heatmap-figure');
  await expect(figure.getByTestId('printed-marker').first()).toBeAttached();
  await expect(figure.locator('[data-testid="printed-marker"][data-computed="88.0"]')).toHaveCount(3);
});

for (const lang of ['en', 'zh'] as const) {
  test(`/methodology's counts in ${lang} are verify's, not written in`, async ({ page, request }) => {
    const { summary } = (await (await request.get('/api/v1/verify')).json()) as {
      summary: { cells: number; exact: number; rounding: number; erratum: number; failed: number };
    };
    expect(summary.cells).toBe(760);
    await page.goto(lang === 'en' ? '/methodology' : '/methodology?lang=zh');
    const text = (await page.getByTestId('replication-summary').textContent())!.trim();
    const numbers = text.match(/\d+/g)!.map(Number);
    expect(numbers).toEqual([
      summary.cells,
      summary.exact,
      summary.rounding,
      summary.erratum,
      summary.failed,
    ]);
    expect(summary.failed).toBe(0);
    expect(summary.exact + summary.rounding + summary.erratum).toBe(760);
  });
}

test("the API's CSV answers, mounted under /api, link to the source record under the mount", async ({
  request,
}) => {
  const csv = await request.get('/api/v1/rankings?format=csv');
  expect(csv.headers()['link']).toBe('</api/v1/source>; rel="describedby"; type="application/json"');
  expect((await csv.text()).startsWith('rank,city,name,score')).toBe(true);
});

test("compare mode shows the printed score in the report's method's column only", async ({ page }) => {
  await page.goto('/playground/compare?s=a%3Dgeometric&city=tokyo');
  const beijing = page.locator('[data-testid="compare-scenarios"] tr[data-city="beijing"]');
  await expect(beijing.locator('td[data-scenario="A"] .printed')).toHaveText('92.8');
  await expect(beijing.locator('td[data-scenario="A"]').getByTestId('printed-marker')).toHaveAttribute(
    'data-computed',
    '92.7',
  );
  await expect(beijing.locator('td[data-scenario="B"] .printed')).toHaveCount(0);
});

test("a pillar page shows the printed pillar scores, New York's 87.9 marked", async ({ page }) => {
  await page.goto('/pillars/infrastructure');
  const score = page.locator('[data-testid="ranking"] tr[data-city="new-york"] .score');
  await expect(score.locator('.printed')).toHaveText('87.9');
  await expect(score.getByTestId('printed-marker')).toHaveAttribute('data-computed', '88.0');
});

test("a city's pillar table gives each pillar's leader as printed: New York's economy 89.6, not 89.7", async ({
  page,
}) => {
  await page.goto('/cities/new-york');
  const economy = page.locator('tr[data-node="economy"]');
  await expect(economy.locator('td').first()).toContainText('89.6');
  await expect(economy.locator('td[data-column="leader"]')).toHaveText('89.6');
});

test("Hong Kong's page states its printed reputation rank, 8, with the marker revealing 7", async ({
  page,
}) => {
  await page.goto('/cities/hong-kong');
  const reputation = page.getByTestId('reputation');
  await expect(reputation).toContainText('rank 8 on reputation');
  await expect(reputation.getByTestId('printed-marker')).toHaveAttribute('data-computed', '7');
});
