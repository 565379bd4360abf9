import type { Page } from 'playwright-core';

/**
 * Installed in the page before the app loads: records every Long Task (main-thread work over
 * 50 ms) and every input event slower than 16 ms from keydown to the next paint (Event Timing),
 * and counts fetches in flight so a phase can wait until the screen has settled.
 */
export const PROBE_SCRIPT = `
(() => {
  const bench = { tasks: [], events: [], inflight: 0, lastActivity: 0 };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) { bench.tasks.push({ start: e.startTime, duration: e.duration }); bench.lastActivity = performance.now(); }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  const fetch0 = window.fetch.bind(window);
  window.fetch = (...args) => {
    bench.inflight += 1;
    return fetch0(...args).finally(() => { bench.inflight -= 1; bench.lastActivity = performance.now(); });
  };
})();
`;

export interface PhaseFigures {
  /** The longest main-thread task that started in the phase, ms (0 when none passed 50 ms). */
  worstTask: number;
  /** Main-thread time in long tasks during the phase, ms. */
  longTaskTotal: number;
  /** The slowest key press, click or wheel from input to the next paint, ms (Event Timing, 8 ms steps). */
  worstEvent: number;
}

export async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Waits until no fetch is in flight and nothing ran long for `quietMs` (at most `capMs`). */
export async function settle(page: Page, quietMs = 600, capMs = 180_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < capMs) {
    const quiet = await page.evaluate((quiet) => {
      const bench = (window as unknown as { __bench: { inflight: number; lastActivity: number } }).__bench;
      return bench.inflight === 0 && performance.now() - bench.lastActivity > quiet;
    }, quietMs);
    if (quiet) return;
    await page.waitForTimeout(150);
  }
}

/** The long tasks and slow events since `from` (a page performance.now()). */
export async function phaseFigures(page: Page, from: number): Promise<PhaseFigures> {
  return page.evaluate((from) => {
    const bench = (window as unknown as { __bench: { tasks: Array<{ start: number; duration: number }>; events: Array<{ start: number; duration: number }> } })
      .__bench;
    const tasks = bench.tasks.filter((task) => task.start >= from);
    const events = bench.events.filter((event) => event.start >= from);
    return {
      worstTask: Math.max(0, ...tasks.map((task) => task.duration)),
      longTaskTotal: tasks.reduce((sum, task) => sum + task.duration, 0),
      worstEvent: Math.max(0, ...events.map((event) => event.duration)),
    };
  }, from);
}

/**
 * Goes to `route` inside the already loaded app and measures, in the page, the time until an
 * element matching `selector` exists (checked on every frame, so a frozen tab counts in full).
 */
export async function timeToFirstRow(page: Page, route: string, selector: string): Promise<number> {
  return page.evaluate(
    ({ route, selector }) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        window.location.hash = route;
        const check = () => (document.querySelector(selector) ? resolve(performance.now() - started) : requestAnimationFrame(check));
        check();
      }),
    { route, selector },
  );
}
