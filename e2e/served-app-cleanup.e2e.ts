import { describe, expect, it } from 'vitest';
import { startServedApp, stopAllServedApps } from './support/served-app';

async function answers(origin: string): Promise<boolean> {
  try {
    await fetch(`${origin}/`);
    return true;
  } catch {
    return false;
  }
}

describe('browser test hosts', () => {
  it('are all stopped after a test file, even ones a failing test never stopped', async () => {
    const first = await startServedApp({ dbName: 'a.sqlite' });
    const second = await startServedApp({ dbName: 'b.sqlite' });
    expect(await answers(first.origin)).toBe(true);
    expect(await answers(second.origin)).toBe(true);
    // What e2e/support/setup.ts does after every file.
    await stopAllServedApps();
    expect(await answers(first.origin)).toBe(false);
    expect(await answers(second.origin)).toBe(false);
  });
});
