import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, freePort } from './scripts/browser-setup.mjs';

const port = Number(process.env.WEB_E2E_PORT) || (await freePort());
process.env.WEB_E2E_PORT = String(port);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: '../../reports/playwright-web.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node --max-http-header-size=65536 server.js',
    url: `http://127.0.0.1:${port}/api/v1/health`,
    env: { PORT: String(port), HOST: '127.0.0.1' },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
