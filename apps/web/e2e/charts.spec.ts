import { expect, rankedCities, test } from './fixtures';

/** The dots of a server-drawn ranking chart: city, rank, and the dot's x and y in the SVG. */
async function chartDots(page: import('@playwright/test').Page, url: string) {
  const svg = await (await page.request.get(url)).text();
  return page.evaluate((markup) => {
    const host = document.createElement('div');
    host.innerHTML = markup;
    document.body.append(host);
    const dots = [...host.querySelectorAll('g[aria-label="dot"] > *')].map((dot) => {
      const box = dot.getBoundingClientRect();
      const [city, rank] = (dot.querySelector('title')?.textContent ?? '').split(/: | \(/);
      return { city, rank: Number(rank), x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    host.remove();
    return dots;
  }, svg);
}

for (const [label, query, pageUrl] of [
  ["the report's method", '', '/'],
  ['a geometric scenario', 'a=geometric', '/playground?a=geometric'],
] as const) {
  test(`/charts/ranking.svg draws the page's ranking for ${label}`, async ({ page }) => {
    await page.goto(pageUrl);
    const table = page.getByTestId('ranking');
    await expect(table).toBeVisible();
    const cities = await rankedCities(page);
    const names = await table
      .locator('tbody tr[data-city] th[scope="row"]')
      .evaluateAll((cells) => cells.map((c) => c.textContent!.trim()));
    const ranks = await table
      .locator('tbody tr[data-city] td.rank')
      .evaluateAll((cells) => cells.map((c) => Number(c.textContent)));

    const dots = await chartDots(page, `/charts/ranking.svg${query ? `?${query}` : ''}`);
    expect(dots).toHaveLength(cities.length);
    // top to bottom the chart lists the table's cities, each dot at the table's rank
    const byHeight = [...dots].sort((a, b) => a.y - b.y);
    expect(byHeight.map((d) => d.city)).toEqual(names);
    expect(byHeight.map((d) => d.rank)).toEqual(ranks);
    // and further right for a worse rank
    for (let i = 1; i < byHeight.length; i++)
      expect(byHeight[i]!.x).toBeGreaterThanOrEqual(byHeight[i - 1]!.x - 0.01);
  });
}

test('the chart on / is the server-drawn SVG at the width that fits', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const img = page.locator('picture[data-chart="ranking"] img');
  await expect(img).toBeVisible();
  const src = await img.evaluate((i: HTMLImageElement) => i.currentSrc);
  expect(src).toMatch(/\/charts\/ranking\.svg\?width=960$/);
  const shown = await (await page.request.get(src)).text();
  const direct = await (await page.request.get('/charts/ranking.svg?width=960')).text();
  expect(shown).toBe(direct);
});

test('/embed/ranking shows the chart with its title and source line', async ({ page }) => {
  await page.goto('/embed/ranking?a=geometric');
  await expect(
    page.getByTestId('ranking-figure').getByText('Rank of every city, with its 5–95% interval'),
  ).toBeVisible();
  await expect(page.locator('picture[data-chart="ranking"] img')).toHaveAttribute(
    'src',
    /a\.index=geometric|a=geometric/,
  );
  await expect(page.getByText(/^Source: Global Smart Cities Index 2020/)).toBeVisible();
  await expect(page.locator('nav')).toHaveCount(0);
});

test('a chart offers a permalink, SVG and PNG downloads and an embed snippet', async ({ page }) => {
  await page.goto('/');
  const share = page.getByRole('group', { name: 'Share this chart' }).first();
  await expect(share.getByRole('link', { name: 'Link to this chart' })).toHaveAttribute(
    'href',
    '/#ranking-chart',
  );
  await expect(share.getByRole('link', { name: 'Download SVG' })).toHaveAttribute(
    'href',
    '/charts/ranking.svg',
  );
  const download = page.waitForEvent('download');
  await share.getByRole('link', { name: 'Download PNG' }).click();
  expect((await download).suggestedFilename()).toBe('ranking.png');
  await share.getByText('Embed code').click();
  await expect(share.getByTestId('embed-code')).toContainText('/embed/ranking');
});

test('a failed copy says so', async ({ page, context }) => {
  await context.clearPermissions();
  await page.goto('/');
  const share = page.getByRole('group', { name: 'Share this chart' }).first();
  await share.getByText('Embed code').click();
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await share.getByRole('button', { name: 'Copy' }).click();
  await expect(share.getByRole('status')).toHaveText('Copying failed: select the text and copy it yourself.');
});

test('the compare chart lists the pillars in framework order', async ({ page }) => {
  await page.goto('/compare?cities=london,paris');
  const chart = page.getByTestId('compare-chart');
  await expect(chart.locator('svg[viewBox]')).toBeVisible();
  const labels = await chart.locator('svg g[aria-label="fy-axis tick label"] text').evaluateAll((texts) =>
    texts
      .map((t) => ({ text: t.textContent, y: t.getBoundingClientRect().y }))
      .sort((a, b) => a.y - b.y)
      .map((t) => t.text),
  );
  expect(labels).toEqual([
    'Smart infrastructure',
    'Smart economy',
    'Smart service',
    'Smart governance',
    'Smart innovation',
  ]);
});

test('a bad scenario URL shows an error and no ranking', async ({ page }) => {
  await page.goto('/playground?n=minmx');
  await expect(page.getByTestId('issues')).toContainText("This link's scenario cannot be applied");
  await expect(page.getByTestId('ranking')).toHaveCount(0);
});

test('a failed copy of the API query on the playground says so', async ({ page }) => {
  await page.goto('/playground');
  await expect(page.getByTestId('bands-status')).toContainText('Monte Carlo');
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.getByRole('button', { name: 'Copy API query' }).click();
  await expect(page.getByText('Copying failed: select the text and copy it yourself.')).toBeVisible();
});
