/**
 * Hybrid logical clock times for team changes: the wall-clock instant, never going backwards on
 * this replica, plus a counter for changes within the same millisecond (or while the wall clock
 * is behind the last time issued). As text, `2026-11-24T09:00:00.000Z#0003`, they sort in order.
 */
export interface Hlc {
  wallMs: number;
  counter: number;
}

const COUNTER_DIGITS = 4;

export function formatHlc(hlc: Hlc): string {
  return `${new Date(hlc.wallMs).toISOString()}#${String(hlc.counter).padStart(COUNTER_DIGITS, '0')}`;
}

export function parseHlc(text: string): Hlc {
  const match = /^(.+Z)#(\d+)$/.exec(text);
  const wallMs = match ? Date.parse(match[1]!) : NaN;
  if (!match || Number.isNaN(wallMs)) throw new Error(`Not a hybrid logical clock time: ${text}`);
  return { wallMs, counter: Number(match[2]) };
}

/** The time of the next local change after `last` (null: none yet) at wall-clock instant `now`. */
export function nextHlc(last: string | null, now: string): string {
  const wallMs = Date.parse(now);
  if (Number.isNaN(wallMs)) throw new Error(`Not an instant: ${now}`);
  if (last === null) return formatHlc({ wallMs, counter: 0 });
  const previous = parseHlc(last);
  return wallMs > previous.wallMs ? formatHlc({ wallMs, counter: 0 }) : formatHlc({ wallMs: previous.wallMs, counter: previous.counter + 1 });
}
