import { test as base, expect } from '@playwright/test';

/** Console messages a test expects (such as the browser's note about a deliberate 404). */
interface Options {
  consoleAllow: RegExp[];
}

/**
 * The test with a guard: any console error or uncaught page error fails the test, unless it
 * matches `consoleAllow`.
 */
export const test = base.extend<Options & { guard: void }>({
  consoleAllow: [[], { option: true }],
  guard: [
    async ({ page, consoleAllow }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !consoleAllow.some((re) => re.test(message.text())))
          errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use();
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The ranking table's city ids, top to bottom. */
export async function rankedCities(page: import('@playwright/test').Page): Promise<string[]> {
  return page
    .locator('[data-testid="ranking"] tbody tr[data-city]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-city') ?? ''));
}
