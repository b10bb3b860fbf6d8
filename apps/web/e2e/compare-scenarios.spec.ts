import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const url = '/playground/compare?s=a%3Dgeometric&city=tokyo';

/** The vertical position of a slope-chart label (its text exactly). */
async function labelY(page: import('@playwright/test').Page, text: string): Promise<number> {
  const box = await page
    .getByTestId('slope-chart')
    .locator('svg text', { hasText: new RegExp(`^${text}$`) })
    .boundingBox();
  if (!box) throw new Error(`no label "${text}" in the slope chart`);
  return box.y;
}

test("compare mode: the report's method against geometric aggregation shows Sydney passing Tokyo", async ({
  page,
}) => {
  await page.goto(url);
  await expect(page.getByTestId('slope-chart').locator('svg')).toBeVisible();
  // slope chart: on the left (A) Tokyo 12 is above Sydney 13, on the right (B) Sydney 11 is above Tokyo 14
  expect(await labelY(page, '12 Tokyo')).toBeLessThan(await labelY(page, '13 Sydney'));
  expect(await labelY(page, 'Sydney 11')).toBeLessThan(await labelY(page, 'Tokyo 14'));
  // table: the ranks under A and B, and Sydney's passes under B include Tokyo
  const table = page.getByTestId('compare-scenarios');
  await expect(table.locator('tr[data-city="sydney"] td[data-scenario="A"]')).toHaveAttribute(
    'data-rank',
    '13',
  );
  await expect(table.locator('tr[data-city="sydney"] td[data-scenario="B"]')).toHaveAttribute(
    'data-rank',
    '11',
  );
  await expect(table.locator('tr[data-city="tokyo"] td[data-scenario="A"]')).toHaveAttribute(
    'data-rank',
    '12',
  );
  await expect(table.locator('tr[data-city="tokyo"] td[data-scenario="B"]')).toHaveAttribute(
    'data-rank',
    '14',
  );
  await expect(table.locator('tr[data-city="sydney"] td[data-passed="B"]')).toContainText('Tokyo');
});

test("Tokyo's waterfall adds up to its score change in the table", async ({ page }) => {
  await page.goto(url);
  const change = Number(
    await page
      .locator('[data-testid="compare-scenarios"] tr[data-city="tokyo"] td[data-change="B"]')
      .getAttribute('data-value'),
  );
  const tableText = await page
    .locator('[data-testid="compare-scenarios"] tr[data-city="tokyo"] td[data-change="B"]')
    .innerText();
  const steps = page.getByTestId('waterfall-steps-B');
  const values = await steps
    .locator('tr[data-kind="step"] td')
    .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
  expect(values.length).toBeGreaterThan(0);
  const sum = values.reduce((a, b) => a + b, 0);
  expect(Math.abs(sum - change)).toBeLessThan(1e-9);
  expect(tableText.replace('−', '-')).toBe(change.toFixed(2));
  const [start, end] = await Promise.all(
    ['start', 'end'].map(async (kind) =>
      Number(await steps.locator(`tr[data-kind="${kind}"] td`).getAttribute('data-value')),
    ),
  );
  expect(Math.abs(start! + sum - end!)).toBeLessThan(1e-9);
  await expect(page.getByTestId('waterfall-chart-B').locator('svg')).toBeVisible();
});

test('each scenario lives in the URL: the form adds a third one and the city page explains the move', async ({
  page,
}) => {
  await page.goto(url);
  await page.locator('input[name="s"]').nth(1).fill('w=economy:2');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/s=w%3Deconomy%3A2/);
  await expect(page.getByTestId('waterfall-C')).toBeVisible();
  await expect(page.getByTestId('waterfall-pillars-C').locator('svg')).toBeVisible();
  await page.goto('/cities/tokyo?a=geometric');
  await expect(page.getByTestId('why-moved')).toHaveText(
    /^Under the playground scenario, Tokyo goes from rank 12 to rank 14 \(−5\.25 points\), mostly because of the aggregation \(−5\.25\)\.$/,
  );
  await page.goto('/cities/tokyo?a=geometric&lang=zh');
  await expect(page.getByTestId('why-moved')).toContainText('主要原因是汇总方法（−5.25）');
});

test('the playground links its scenario to the compare mode and to each city page', async ({ page }) => {
  await page.goto('/playground?a=geometric');
  await expect(page.getByTestId('compare-link')).toHaveAttribute(
    'href',
    '/playground/compare?s=a%3Dgeometric',
  );
  await expect(page.locator('[data-testid="ranking"] tr[data-city="tokyo"] a')).toHaveAttribute(
    'href',
    '/cities/tokyo?a=geometric',
  );
});

for (const path of [url, `${url}&lang=zh`, '/cities/tokyo?a=geometric']) {
  test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
