import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../test/temp-workspace';
import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  displayShowingTitleBar,
  loadWindowState,
  parseWindowState,
  restoreWindowPlacement,
  saveWindowState,
} from './window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('restoreWindowPlacement', () => {
  it('opens centred at the default size the first time', () => {
    expect(restoreWindowPlacement(null, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('shrinks the default size to a small screen', () => {
    expect(restoreWindowPlacement(null, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({ width: 1024, height: 700, maximized: false });
  });

  it('puts the window back where it was on a display that still exists', () => {
    const saved = { bounds: { x: 2100, y: 120, width: 1400, height: 900 }, maximized: true };
    expect(restoreWindowPlacement(saved, [laptop, rightMonitor])).toEqual({ x: 2100, y: 120, width: 1400, height: 900, maximized: true });
  });

  it('rejects bounds on a monitor that was unplugged, keeping size and maximised state', () => {
    const saved = { bounds: { x: 2100, y: 120, width: 1400, height: 900 }, maximized: true };
    expect(restoreWindowPlacement(saved, [laptop])).toEqual({ width: 1400, height: 900, maximized: true });
  });

  it('rejects a window whose title bar is above the screen or only a sliver is visible', () => {
    expect(restoreWindowPlacement({ bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false }, [laptop])).not.toHaveProperty('x');
    expect(restoreWindowPlacement({ bounds: { x: 1900, y: 100, width: 1200, height: 800 }, maximized: false }, [laptop])).not.toHaveProperty('x');
    expect(restoreWindowPlacement({ bounds: { x: 100, y: 1040, width: 1200, height: 800 }, maximized: false }, [laptop])).not.toHaveProperty('x');
  });

  it('keeps a window that hangs partly off the edge but whose title bar can be grabbed', () => {
    const placement = restoreWindowPlacement({ bounds: { x: -300, y: 50, width: 1200, height: 800 }, maximized: false }, [laptop]);
    expect(placement).toMatchObject({ x: -300, y: 50 });
  });

  it('clamps a saved size to the display and to the minimum', () => {
    expect(restoreWindowPlacement({ bounds: { x: 0, y: 0, width: 5000, height: 3000 }, maximized: false }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: laptop.width,
      height: laptop.height,
      maximized: false,
    });
    expect(restoreWindowPlacement({ bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false }, [laptop])).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('finds the display showing the title bar', () => {
    expect(displayShowingTitleBar({ x: 2000, y: 10, width: 800, height: 600 }, [laptop, rightMonitor])).toBe(rightMonitor);
    expect(displayShowingTitleBar({ x: 9000, y: 10, width: 800, height: 600 }, [laptop, rightMonitor])).toBeNull();
  });
});

describe('window state file', () => {
  it('round-trips through the JSON file', () => {
    const file = path.join(makeTempDir(), 'userData', 'window-state.json');
    const state = { bounds: { x: 10, y: 20, width: 1300, height: 850 }, maximized: false };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
  });

  it('treats a missing or damaged file as nothing saved', () => {
    const dir = makeTempDir();
    expect(loadWindowState(path.join(dir, 'missing.json'))).toBeNull();
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"bounds": ');
    expect(loadWindowState(path.join(dir, 'broken.json'))).toBeNull();
  });

  it.each([
    null,
    42,
    {},
    { bounds: { x: 0, y: 0, width: -5, height: 10 } },
    { bounds: { x: 'a', y: 0, width: 5, height: 10 } },
    { bounds: { x: 0, y: 0, width: Infinity, height: 10 } },
  ])('rejects malformed state %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });

  it('defaults a missing maximised flag to false', () => {
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 1000, height: 700 } })).toEqual({
      bounds: { x: 0, y: 0, width: 1000, height: 700 },
      maximized: false,
    });
  });
});
