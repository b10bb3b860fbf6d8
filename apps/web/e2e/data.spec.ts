import AxeBuilder from '@axe-core/playwright';
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

test('columns that are not indicators are set aside, told, and never scored', async ({ page }) => {
  await page.goto('/data');
  const csv = [
    'id,name,lat,lon,region,iso3,alpha,beta',
    'a,Alpha,51.5,-0.1,North,GBR,1,2',
    'b,Beta,48.9,2.35,South,FRA,3,3',
    'c,Gamma,40.4,-3.7,North,ESP,4,5',
  ].join('\n');
  await page
    .getByLabel('Data file')
    .setInputFiles({ name: 'towns.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Score the file' }).click();
  const byod = page.getByTestId('byod');
  await expect(byod.getByTestId('scored-columns')).toHaveText('Scored as indicators (2): alpha, beta');
  const aside = byod.getByTestId('column-roles').locator('tbody tr');
  await expect(aside).toHaveCount(4);
  await expect(aside.nth(0).locator('td')).toHaveText(['lat', 'coordinate', 'a well-known name']);
  await expect(aside.nth(2).locator('td').nth(1)).toHaveText('group (usable for group-mean imputation)');
  await expect(byod.getByTestId('ranking').locator('thead th')).not.toContainText(['lat']);
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="byod"]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('in Chinese, the guide tells the column roles and the set-aside table says why', async ({ page }) => {
  await page.goto('/data?lang=zh');
  await expect(page.locator('main')).toContainText('非指标列会被识别出来并单独保留');
  const csv = ['id,name,lon,alpha', 'a,A,1.5,1', 'b,B,2.5,3'].join('\n');
  await page
    .locator('#file')
    .setInputFiles({ name: 't.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('form.panel button[type=submit]').click();
  const row = page.getByTestId('column-roles').locator('tbody tr');
  await expect(row.locator('td')).toHaveText(['lon', '坐标', '常见列名']);
});

/** Uploads files on /data and returns each ranked row as [city, score text]. */
async function uploadAndRank(
  page: import('@playwright/test').Page,
  files: { name: string; mimeType: string; buffer: Buffer }[],
) {
  await page.goto('/data');
  await page.getByLabel('Data file').setInputFiles(files);
  await page.getByRole('button', { name: 'Score the file' }).click();
  const rows = page.getByTestId('byod').getByTestId('ranking').locator('tbody tr[data-city]');
  await expect(rows).toHaveCount(20);
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-city'), tr.querySelector('td.score')?.textContent?.trim()]),
  );
}

const mime = { csv: 'text/csv', json: 'application/json', xlsx: 'application/octet-stream' } as const;

test('every dataset export goes back in unchanged and scores as the template and the ranking do', async ({
  page,
}) => {
  const template = await uploadAndRank(page, [
    {
      name: 'smart-cities-template.xlsx',
      mimeType: mime.xlsx,
      buffer: await (await page.request.get('/data/template.xlsx')).body(),
    },
  ]);
  const ranking = (await (await page.request.get('/data/rankings.json')).json()) as {
    rows: { city: string }[];
  };
  expect(template.map(([city]) => city)).toEqual(ranking.rows.map((r) => r.city));
  for (const format of ['csv', 'json', 'xlsx'] as const) {
    const buffer = await (await page.request.get(`/data/export.${format}`)).body();
    const rows = await uploadAndRank(page, [
      { name: `smart-cities-2020.${format}`, mimeType: mime[format], buffer },
    ]);
    expect(rows, format).toEqual(template);
    await expect(page.getByTestId('scored-columns')).toContainText('Scored as indicators (21)');
  }
});

for (const format of ['csv', 'json', 'xlsx'] as const) {
  test(`a ranking download (${format}) is refused with a note saying which files upload`, async ({
    page,
  }) => {
    await page.goto('/data');
    const buffer = await (await page.request.get(`/data/rankings.${format}`)).body();
    await page
      .getByLabel('Data file')
      .setInputFiles({ name: `smart-cities-ranking.${format}`, mimeType: mime[format], buffer });
    await page.getByRole('button', { name: 'Score the file' }).click();
    const problems = page.getByTestId('problems');
    await expect(problems.locator('tbody tr')).toHaveCount(1);
    await expect(problems).toContainText('not a dataset');
    await expect(problems).toContainText('/data/export.csv');
  });
}
