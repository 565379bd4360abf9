import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch';
import type { AppController } from './app-controller';
import { checkSender, handleInvoke, type InvokeSender } from './ipc-invoke';
import { makeTestApp } from '../test/temp-workspace';

const appUrl = pathToFileURL('/app/dist/renderer/index.html').href;
const trusted: InvokeSender = { fromMainWindow: true, isTopFrame: true, frameUrl: `${appUrl}#/` };

describe('checkSender', () => {
  it("accepts the app page in the main window's top frame", () => {
    expect(checkSender(trusted, appUrl)).toEqual({ ok: true });
  });

  it('refuses another webContents', () => {
    expect(checkSender({ ...trusted, fromMainWindow: false }, appUrl)).toMatchObject({ ok: false, reason: expect.stringContaining('window') });
  });

  it('refuses an iframe, even one showing the app page', () => {
    expect(checkSender({ ...trusted, isTopFrame: false }, appUrl)).toMatchObject({ ok: false, reason: expect.stringContaining('frame') });
  });

  it('refuses a frame that navigated away from the app', () => {
    expect(checkSender({ ...trusted, frameUrl: 'https://evil.example/' }, appUrl).ok).toBe(false);
    expect(checkSender({ ...trusted, frameUrl: 'file:///tmp/evil.html' }, appUrl).ok).toBe(false);
    expect(checkSender({ ...trusted, frameUrl: 'data:text/html,hi' }, appUrl).ok).toBe(false);
  });

  it('refuses a sender whose frame is gone', () => {
    expect(checkSender({ ...trusted, frameUrl: null }, appUrl).ok).toBe(false);
  });
});

describe('handleInvoke', () => {
  const apps: AppController[] = [];
  afterEach(() => {
    for (const app of apps.splice(0)) app.shutdown();
  });
  const context = () => {
    const { app } = makeTestApp();
    apps.push(app);
    return { app, appUrl, call: (method: string, input: unknown) => dispatch(app, method, input) };
  };

  it('runs a call from the app page through dispatch', async () => {
    const response = await handleInvoke(context(), trusted, 'workspace.info', {});
    expect(response).toMatchObject({ ok: true, value: { workspace: null } });
  });

  it('refuses an untrusted sender with a typed forbidden error and runs nothing', async () => {
    const ctx = context();
    const response = await handleInvoke(ctx, { ...trusted, frameUrl: 'https://evil.example/' }, 'workspace.create', { path: 'x' });
    expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ctx.app.workspacePath).toBeNull();
  });

  it('refuses a method name that is not a string', async () => {
    const response = await handleInvoke(context(), trusted, { toString: () => 'workspace.info' }, {});
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'method' } });
  });

  it("leaves input validation to dispatch's schemas", async () => {
    expect(await handleInvoke(context(), trusted, 'workspace.open', { path: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await handleInvoke(context(), trusted, 'no.such.method', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('waits for start-up to finish, and still answers when start-up failed', async () => {
    let finish!: () => void;
    const ready = new Promise<void>((resolve) => (finish = resolve));
    let settled = false;
    const pending = handleInvoke({ ...context(), ready }, trusted, 'workspace.info', {}).then((r) => {
      settled = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    finish();
    expect((await pending).ok).toBe(true);

    const failed = handleInvoke({ ...context(), ready: Promise.reject(new Error('boom')) }, trusted, 'workspace.info', {});
    expect((await failed).ok).toBe(true);
  });
});
