/**
 * Opens a page in headless Chromium with playwright-core and reports what it shows. The Java tests
 * and the benchmark start this script: `node drive.js <url> <selector> <text-or-regexp> <screenshot.png>`.
 * It waits until the element matching the selector contains the text, prints one JSON line (the
 * page's text, the screenshot's path, the browser's version, any console errors), and exits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, selector, expected, screenshot] = process.argv.slice(2) as [string, string, string, string];
const executablePath = process.env['TYPED_IPC_CHROMIUM'] ?? '/usr/bin/chromium';
const timeout = Number(process.env['TYPED_IPC_BROWSER_TIMEOUT_MS'] ?? '120000');

async function main(): Promise<void> {
  // A fresh profile each time: no state from an earlier run, nothing left behind.
  const profile = mkdtempSync(join(tmpdir(), 'typed-ipc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    timeout,
    viewport: { width: 800, height: 600 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const errors: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { timeout });
    await page.locator(selector).filter({ hasText: expected }).waitFor({ timeout });
    await page.screenshot({ path: screenshot, fullPage: true });
    const text = await page.locator('body').innerText();
    const version = context.browser()?.version() ?? 'unknown';
    process.stdout.write(JSON.stringify({ ok: true, text, screenshot, version, errors }) + '\n');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  process.stdout.write(JSON.stringify({ ok: false, error: `${e.name}: ${e.message}` }) + '\n');
  process.exit(1);
});
