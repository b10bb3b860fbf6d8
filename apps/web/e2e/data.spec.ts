import { expect, test } from './fixtures';

test('downloads answer in CSV, JSON and XLSX', async ({ request }) => {
  const csv = await request.get('/data/rankings.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect((await csv.text()).split('\r\n')[1]).toContain('london');
  const json = await request.get('/data/rankings.json?a=geometric');
  expect(((await json.json()) as { rows: { city: string }[] }).rows[0]?.city).toBe('london');
  const xlsx = await request.get('/data/rankings.xlsx');
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
});

test('the whole dataset with its results downloads as JSON, CSV and XLSX', async ({ request }) => {
  const json = (await (await request.get('/data/export.json')).json()) as {
    published: { papers: Record<string, number> };
    results: { rows: { city: string; score: number }[] };
  };
  expect(json.published.papers.beijing).toBe(72);
  expect(json.results.rows[0]).toMatchObject({ city: 'london', score: 100 });
  const csv = (await (await request.get('/data/export.csv?a=geometric')).text()).split('\r\n');
  expect(csv[0]).toMatch(/^id,name,nameZh,country,region,lat,lon,mobile-phone,.*,score,rank,tier,papers$/);
  expect(csv).toHaveLength(22); // header, 20 cities, final newline
  const xlsx = await request.get('/data/export.xlsx');
  expect(xlsx.headers()['content-disposition']).toContain('smart-cities-2020.xlsx');
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
  expect((await request.get('/data/export.csv?n=minmx')).status()).toBe(400);
});

test('a bad CSV is scored in the browser and its errors are shown by row and column', async ({ page }) => {
  await page.goto('/data');
  const csv = ['id,name,alpha,beta', 'a,<b>Alpha town</b>,1,2', 'b,Beta,abc,3', 'c,Gamma,4,5'].join('\n');
  await page
    .getByLabel('Data file')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Score the file' }).click();
  const problems = page.getByTestId('problems');
  await expect(problems).toBeVisible();
  const row = problems.locator('tbody tr').first();
  await expect(row.locator('td')).toHaveText(['bad.csv', '3', 'alpha', '"abc" is not a number']);
});

test('a good CSV is ranked in the browser, its names shown as text', async ({ page }) => {
  await page.goto('/data');
  const csv = ['id,name,alpha,beta', 'a,<b>Alpha town</b>,1,2', 'b,Beta,3,3', 'c,Gamma,4,5'].join('\n');
  await page
    .getByLabel('Data file')
    .setInputFiles({ name: 'towns.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Score the file' }).click();
  const table = page.getByTestId('byod').getByTestId('ranking');
  await expect(table.locator('tbody tr[data-city]').first()).toHaveAttribute('data-city', 'c');
  await expect(table).toContainText('<b>Alpha town</b>');
  await expect(page.locator('main b')).toHaveCount(0);
});

for (const files of [['xlsx'], ['units.csv', 'framework.csv']]) {
  test(`the upload template (${files.join(' + ')}) goes back in unchanged and ranks like the report`, async ({
    page,
  }) => {
    await page.goto('/data');
    const chosen = await Promise.all(
      files.map(async (file) => ({
        name: `smart-cities-template.${file}`,
        mimeType: file === 'xlsx' ? 'application/octet-stream' : 'text/csv',
        buffer: await (await page.request.get(`/data/template.${file}`)).body(),
      })),
    );
    await page.getByLabel('Data file').setInputFiles(chosen);
    await page.getByRole('button', { name: 'Score the file' }).click();
    const table = page.getByTestId('byod').getByTestId('ranking');
    await expect(table.locator('tbody tr[data-city]')).toHaveCount(20);
    await expect(table.locator('tbody tr[data-city]').first()).toHaveAttribute('data-city', 'london');
  });
}
