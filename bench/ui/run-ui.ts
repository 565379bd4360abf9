// `npm run bench:ui`: drives Chromium through every large list of a generated workspace and
// prints, per screen, how long the first rows take and the worst main-thread task while
// scrolling and while typing in its search (Long Tasks and Event Timing, measured in the page).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { pageNow, phaseFigures, PROBE_SCRIPT, settle, timeToFirstRow, type PhaseFigures } from './page-probe';
import { SCREENS, type BenchScreen } from './screens';
import { serveWorkspace } from './served';

const USAGE = `Usage: npm run bench:ui -- [--db FILE] [--risks N] [--services N] [--screen NAME]

  --db FILE      the workspace; generated there first (serviceledger generate) when missing, and kept
  --risks N      risks when generating (default 100000)
  --services N   services when generating (default 5000)
  --screen TEXT  only the screens whose name contains TEXT (repeatable)`;

interface ScreenResult {
  name: string;
  firstRows: number;
  domNodes: number;
  scroll: PhaseFigures & { rowsFarDown: boolean };
  typing: (PhaseFigures & { kept: boolean }) | null;
}

const root = path.resolve(__dirname, '..', '..');

/** Mouse-wheel notches over the list, then a jump to the middle of it, as someone skimming would. */
async function scrollPhase(page: Page, screen: BenchScreen): Promise<ScreenResult['scroll']> {
  // The list may start below the fold (the SLA list has the breaches above it): bring it into view first.
  await page.locator(screen.row).first().scrollIntoViewIfNeeded();
  await settle(page);
  const box = await page.locator(screen.row).first().boundingBox();
  const from = await pageNow(page);
  if (box) await page.mouse.move(box.x + Math.min(200, box.width / 2), box.y + box.height / 2);
  for (let notch = 0; notch < 30; notch += 1) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(50);
  }
  await settle(page);
  // Drag the scroll bar half way: the list must draw (and load) rows there.
  const lastIndex = () =>
    page.evaluate(
      (selector) => Math.max(0, ...[...document.querySelectorAll(selector)].map((row) => Number(row.getAttribute('aria-rowindex') ?? 0))),
      screen.row,
    );
  const before = await lastIndex();
  const jumped = await page.evaluate((selector) => {
    const row = document.querySelector(selector);
    let scroller: Element | null = row?.parentElement ?? null;
    while (scroller && !(scroller.scrollHeight > scroller.clientHeight + 4 && /(auto|scroll)/.test(getComputedStyle(scroller).overflowY)))
      scroller = scroller.parentElement;
    const target = scroller ?? document.scrollingElement!;
    const from = target.scrollTop;
    target.scrollTop = target.scrollHeight / 2;
    return target.scrollTop > from;
  }, screen.row);
  // The rows come a frame (and, for a paged list, a fetch) after the scroll: wait for them rather
  // than for quiet, which the page still is at the moment of the jump. Far rows are data rows
  // (placeholders excluded by the selector) with a row index past any drawn before the jump.
  const farRows = jumped
    ? await page
        .waitForFunction(
          ({ selector, before }) => [...document.querySelectorAll(selector)].some((row) => Number(row.getAttribute('aria-rowindex') ?? 0) > before),
          { selector: screen.row, before },
          { timeout: 30_000, polling: 'raf' },
        )
        .then(
          () => true,
          () => false,
        )
    : false;
  await settle(page);
  const after = await lastIndex();
  return { ...(await phaseFigures(page, from)), rowsFarDown: farRows && after > before };
}

/** Types the word key by key at a brisk typist's pace, pauses, then deletes it key by key. */
async function typingPhase(page: Page, screen: BenchScreen): Promise<ScreenResult['typing']> {
  if (!screen.search) return null;
  const input = screen.search.input(page).first();
  if ((await input.count()) === 0) return null;
  await page.evaluate(() => window.scrollTo(0, 0));
  await input.click();
  await settle(page);
  const from = await pageNow(page);
  await page.keyboard.type(screen.search.text, { delay: 120 });
  await settle(page);
  const kept = (await input.inputValue().catch(() => '')) === screen.search.text;
  for (let key = 0; key < screen.search.text.length; key += 1) await page.keyboard.press('Backspace', { delay: 20 }).then(() => page.waitForTimeout(100));
  await settle(page);
  await page.keyboard.press('Escape');
  return { ...(await phaseFigures(page, from)), kept };
}

async function measureScreen(browser: Browser, url: string, screen: BenchScreen): Promise<ScreenResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  try {
    await page.goto(url);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await settle(page, 1000);
    const firstRows = await timeToFirstRow(page, screen.route, screen.row);
    await settle(page);
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const scroll = await scrollPhase(page, screen);
    const typing = await typingPhase(page, screen);
    return { name: screen.name, firstRows, domNodes, scroll, typing };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`;

function report(results: ScreenResult[]): string {
  const header = [
    'Screen',
    'first rows',
    'DOM nodes',
    'scroll: worst task',
    'scroll: worst event',
    'far rows',
    'typing: worst task',
    'typing: worst event',
    'input kept',
  ];
  const lines = results.map((result) => [
    result.name,
    ms(result.firstRows),
    result.domNodes.toLocaleString('en-GB'),
    ms(result.scroll.worstTask),
    ms(result.scroll.worstEvent),
    result.scroll.rowsFarDown ? 'yes' : 'NO',
    result.typing ? ms(result.typing.worstTask) : '–',
    result.typing ? ms(result.typing.worstEvent) : '–',
    result.typing ? (result.typing.kept ? 'yes' : 'NO') : '–',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const row = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [row(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(row)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      db: { type: 'string' },
      risks: { type: 'string' },
      services: { type: 'string' },
      screen: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-bench-ui-'));
  const file = path.resolve(values.db ?? path.join(scratch, 'bench.sqlite'));
  try {
    if (!fs.existsSync(file)) {
      const risks = values.risks ?? '100000';
      const services = values.services ?? '5000';
      console.log(`Generating ${risks} risks and ${services} services into ${file}…`);
      const generated = spawnSync(
        process.execPath,
        [path.join(root, 'bin', 'serviceledger.cjs'), 'generate', '--db', file, '--risks', risks, '--services', services],
        {
          stdio: 'inherit',
          env: { ...process.env, SERVICELEDGER_HOME: path.join(scratch, 'home') },
        },
      );
      if (generated.status !== 0) throw new Error('generate failed');
    }
    const screens = SCREENS.filter((screen) => !values.screen || values.screen.some((part) => screen.name.toLowerCase().includes(part.toLowerCase())));
    const served = await serveWorkspace(root, file, path.join(scratch, 'home'));
    const found = await findBrowser();
    const browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
    const results: ScreenResult[] = [];
    try {
      console.log(`Workspace: ${file}\nBrowser:   ${found.source}, 1280×800; long tasks are main-thread work over 50 ms, events are input to next paint\n`);
      for (const screen of screens) {
        process.stdout.write(`  ${screen.name}…`);
        const result = await measureScreen(browser, served.url, screen);
        results.push(result);
        process.stdout.write(` first rows ${ms(result.firstRows)}\n`);
      }
    } finally {
      await browser.close();
      await served.stop();
    }
    console.log(`\n${report(results)}`);
    console.log('\nTarget: first rows within 1,000 ms; no task over 100 ms while typing or scrolling.');
    return 0;
  } finally {
    // A generated workspace without --db lives in the scratch folder and goes with it.
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench:ui failed:', error);
    process.exit(1);
  },
);
