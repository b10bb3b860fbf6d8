#!/usr/bin/env node
// Sums the JSON reports of every test runner (vitest and Playwright) in a folder and prints the
// closing line CI reads: "N passed, N failed" (", N skipped" when any were skipped).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? 'reports';
let passed = 0;
let failed = 0;
let skipped = 0;
let files = [];
try {
  files = readdirSync(folder).filter((f) => f.endsWith('.json'));
} catch {
  // no reports folder: nothing ran
}
for (const file of files) {
  const report = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  if (report.stats && 'expected' in report.stats) {
    // Playwright: expected = passed, unexpected = failed, flaky passed on retry
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
    skipped += report.stats.skipped ?? 0;
  } else if ('numPassedTests' in report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // a suite that failed to load counts as a failure even with no test inside it
    failed += (report.testResults ?? []).filter(
      (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
    ).length;
  }
  console.log(`${file}: counted`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
