import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser } from '../../scripts/find-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const screenshotDir = path.join(root, 'test-results', 'screenshots');

/**
 * A headless Chromium (SERVICELEDGER_CHROMIUM, a system browser, or the one inside the
 * @sparticuz/chromium package), launched with the flags that keep it off the closed network.
 */
export async function launchBrowser(): Promise<Browser> {
  const found = await findBrowser();
  return chromium.launch({ executablePath: found.executablePath, args: found.args });
}

/** Save a full-page screenshot under test-results/screenshots to look at after the run. */
export async function snap(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Fail the test on any uncaught page error or console error, which users would hit as broken screens. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
