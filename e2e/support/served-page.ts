import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { collectPageErrors, launchBrowser } from './browser';
import { startServedApp, type ServedApp } from './served-app';

export interface ServedPage {
  served: ServedApp;
  browser: Browser;
  page: Page;
  /** Uncaught page errors and console errors, which each file asserts empty. */
  errors: string[];
}

/**
 * What most browser test files start with: serve a workspace, launch Chromium, open one page on
 * the app and wait for the dashboard. Close it with `closeServedPage` in `afterAll`.
 */
export async function openServedPage(serve: Parameters<typeof startServedApp>[0], pageOptions: BrowserContextOptions = {}): Promise<ServedPage> {
  const served = await startServedApp(serve);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, ...pageOptions });
  const errors = collectPageErrors(page);
  await page.goto(served.url);
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  return { served, browser, page, errors };
}

/** Closes what `openServedPage` opened; safe when it failed half way (either may be undefined). */
export async function closeServedPage(browser: Browser | undefined, served: ServedApp | undefined): Promise<void> {
  await browser?.close();
  await served?.stop();
}
