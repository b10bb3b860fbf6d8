import AxeBuilder from '@axe-core/playwright';
import { defaultScenario } from '@smartcities/core';
import { audit, auditHtml } from '@smartcities/core/analysis';
import { dataset2020 } from '@smartcities/data/editions/2020';
import { expect, test } from './fixtures';

const report = audit(dataset2020, defaultScenario, { runs: 100, samples: 32, bootstrap: 20 });

for (const lang of ['en', 'zh'] as const) {
  test(`the HTML audit report (${lang}) opens offline with no console error, no request, and passes axe`, async ({
    page,
    context,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await context.setOffline(true);
    await page.setContent(auditHtml(report, { lang }), { waitUntil: 'load' });
    await expect(page.locator('h2')).toHaveCount(4);
    await expect(page.locator('svg[role="img"]')).toHaveCount(6);
    expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 2)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      ),
    ).toEqual([]);
  });
}
