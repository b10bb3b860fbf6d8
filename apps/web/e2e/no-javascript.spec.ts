import { expect, rankedCities, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('the ranking is readable, sortable and searchable without JavaScript', async ({ page }) => {
  await page.goto('/');
  expect((await rankedCities(page))[0]).toBe('london');
  await page.getByRole('link', { name: 'Smart service' }).click();
  expect((await rankedCities(page))[0]).toBe('shanghai');
  await page.getByLabel('Search cities').fill('par');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/sort=service.*q=par|q=par.*sort=service/);
  expect(await rankedCities(page)).toEqual(['paris']);
});

test('the playground form works without JavaScript and lands on the canonical URL', async ({ page }) => {
  await page.goto('/playground');
  await page.getByLabel('Aggregation of pillars into the index').selectOption('geometric');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/\/playground\?a\.index=geometric$/);
  await expect(page.getByTestId('api-query')).toHaveText('/api/v1/rankings?a.index=geometric');
});

test.describe('a bad file without JavaScript', () => {
  test.use({ consoleAllow: [/status of 400/] });
  test('is scored on the server, which answers 400 with the problems', async ({ page }) => {
    await page.goto('/data');
    const csv = ['id,name,alpha', 'a,Alpha,1', 'b,Beta,x'].join('\n');
    await page
      .getByLabel('Data file')
      .setInputFiles({ name: 'nojs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Score the file' }).click();
    await expect(page.getByTestId('problems').locator('tbody tr').first().locator('td')).toHaveText([
      'nojs.csv',
      '3',
      'alpha',
      '"x" is not a number',
    ]);
  });
});
