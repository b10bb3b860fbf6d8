// Lighthouse on the built site, run against Debian's Chromium: four pages, desktop and mobile.
// Prints the table of category scores and exits 1 when any is under the bar (default 95).
//   pnpm --filter @smartcities/web build && pnpm --filter @smartcities/web lighthouse
// Options (environment): LIGHTHOUSE_MIN (the bar), LIGHTHOUSE_URL (a running server instead of
// starting build/ on a free port), CHROMIUM_PATH (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, freePort } from './browser-setup.mjs';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const pages = ['/', '/playground', '/cities/london', '/methodology'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const bar = Number(process.env.LIGHTHOUSE_MIN ?? 95);
const flags = ['--headless=new', ...chromiumArgs];

/** Starts the built site (node server.js) and resolves once it answers. */
async function startSite() {
  const port = await freePort();
  const child = spawn(process.execPath, ['server.js'], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return { base, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the site did not start on ${base} (did you build it?)`);
}

async function audit(chrome, url, formFactor) {
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
    config,
  );
  return Object.fromEntries(
    categories.map((c) => [c, Math.round((result.lhr.categories[c].score ?? 0) * 100)]),
  );
}

const site = process.env.LIGHTHOUSE_URL ? { base: process.env.LIGHTHOUSE_URL, stop() {} } : await startSite();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: flags,
});
const rows = [];
try {
  for (const path of pages)
    for (const formFactor of ['desktop', 'mobile'])
      rows.push({ path, formFactor, ...(await audit(chrome, site.base + path, formFactor)) });
} finally {
  await chrome.kill();
  site.stop();
}

const head = ['page', 'device', ...categories];
const lines = [head, ...rows.map((r) => [r.path, r.formFactor, ...categories.map((c) => String(r[c]))])];
const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
for (const line of lines) console.log(line.map((cell, i) => cell.padEnd(widths[i])).join('  '));
const failures = rows.flatMap((r) =>
  categories.filter((c) => r[c] < bar).map((c) => `${r.path} ${r.formFactor} ${c} ${r[c]}`),
);
if (failures.length > 0) {
  console.error(`\nunder ${bar}: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`\nevery score is at least ${bar}`);
