import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, MENU_CHANNEL } from '../../shared/api/desktop-bridge';
import { createDesktopBridge, type BridgeIpc } from './preload-bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(invoke: BridgeIpc['invoke'] = async () => ({ ok: true, value: 1 })) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc: BridgeIpc = {
    invoke: vi.fn(invoke),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the IPC event' }, ...args);
  };
  return { ipc, emit, listeners };
}

describe('createDesktopBridge', () => {
  it('exposes exactly invoke and onMenuCommand', () => {
    expect(Object.keys(createDesktopBridge(fakeIpc().ipc)).sort()).toEqual(['invoke', 'onMenuCommand']);
  });

  it('sends calls on the invoke channel only and returns the response', async () => {
    const { ipc } = fakeIpc();
    const bridge = createDesktopBridge(ipc);
    await expect(bridge.invoke('people.list', { q: 'a' })).resolves.toEqual({ ok: true, value: 1 });
    expect(ipc.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'people.list', { q: 'a' });
  });

  it('turns an IPC failure or a malformed answer into a typed error', async () => {
    const failing = createDesktopBridge(fakeIpc(async () => Promise.reject(new Error('no handler'))).ipc);
    await expect(failing.invoke('people.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('no handler') },
    });
    const odd = createDesktopBridge(fakeIpc(async () => 'hello').ipc);
    await expect(odd.invoke('people.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('does not send a non-string method name', async () => {
    const { ipc } = fakeIpc();
    const bridge = createDesktopBridge(ipc);
    await expect(bridge.invoke(42 as unknown as string, {})).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('passes known menu commands to listeners without the IPC event, and drops unknown ones', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createDesktopBridge(ipc);
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    emit(MENU_CHANNEL, 'workspace.open');
    emit(MENU_CHANNEL, 'workspace.format-disk');
    emit(MENU_CHANNEL, { command: 'workspace.open' });
    emit('some-other-channel', 'workspace.new');
    expect(listener.mock.calls).toEqual([['workspace.open']]);
  });

  it('unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createDesktopBridge(ipc);
    const listener = vi.fn();
    const off = bridge.onMenuCommand(listener);
    off();
    emit(MENU_CHANNEL, 'workspace.new');
    expect(listener).not.toHaveBeenCalled();
    expect(listeners.get(MENU_CHANNEL)?.size).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    const bridge = createDesktopBridge(fakeIpc().ipc);
    expect(() => bridge.onMenuCommand('alert(1)' as unknown as () => void)).toThrow(TypeError);
  });
});
