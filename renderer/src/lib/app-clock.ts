// The renderer's "now" follows the app's clock (the host's), not this machine's: when the host
// runs at another moment (SERVICELEDGER_NOW, or a test), every screen's "today" moves with it and
// agrees with the API's. Every `workspace.info` answer carries the host's clock; the offset from
// this machine's clock is kept here.

let offsetMs = 0;

/** Follow the host's clock, given its answer `hostNow` received at `receivedAt` (ms). */
export function syncAppClock(hostNow: string, receivedAt: number = Date.now()): void {
  const hostMs = Date.parse(hostNow);
  if (!Number.isNaN(hostMs)) offsetMs = hostMs - receivedAt;
}

/** This moment on the app's clock. */
export function appNow(): Date {
  return new Date(Date.now() + offsetMs);
}
