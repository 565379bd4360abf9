import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs: the normal (unmaximised) bounds and whether it was maximised. */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** The options handed to `new BrowserWindow`: no x/y means "centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

/** How much of the title bar must be on a display for the window to count as reachable. */
const TITLE_BAR_HEIGHT = 32;
const MIN_VISIBLE_TITLE_WIDTH = 120;
const MIN_VISIBLE_TITLE_HEIGHT = 16;

const finite = z.number().finite();
const stateSchema = z.object({
  bounds: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  maximized: z.boolean().catch(false),
});

/** Read a saved state; anything malformed is treated as "nothing saved". */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.min(Math.max(value, min), Math.max(min, max)));
}

/** The work area that shows enough of the window's title bar to grab it with the mouse, if any. */
export function displayShowingTitleBar(bounds: Rect, workAreas: readonly Rect[]): Rect | null {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_BAR_HEIGHT };
  for (const area of workAreas) {
    const overlap = intersection(titleBar, area);
    if (overlap.width >= MIN_VISIBLE_TITLE_WIDTH && overlap.height >= MIN_VISIBLE_TITLE_HEIGHT) return area;
  }
  return null;
}

/**
 * Where to open the window. Saved bounds are used only when the title bar lands on a display
 * that exists now (a monitor may have been unplugged since); otherwise the saved size is kept,
 * shrunk to the primary display, and the window is centred. `workAreas[0]` is the primary display.
 */
export function restoreWindowPlacement(saved: WindowState | null, workAreas: readonly Rect[]): WindowPlacement {
  const primary = workAreas[0];
  const fit = (size: { width: number; height: number }, area: Rect | undefined) => ({
    width: clamp(size.width, MIN_WINDOW_SIZE.width, area ? area.width : size.width),
    height: clamp(size.height, MIN_WINDOW_SIZE.height, area ? area.height : size.height),
  });
  if (!saved) return { ...fit(DEFAULT_WINDOW_SIZE, primary), maximized: false };
  const area = displayShowingTitleBar(saved.bounds, workAreas);
  if (!area) return { ...fit(saved.bounds, primary), maximized: saved.maximized };
  return { x: Math.round(saved.bounds.x), y: Math.round(saved.bounds.y), ...fit(saved.bounds, area), maximized: saved.maximized };
}

/** Load the remembered state from `file`; a missing or damaged file means defaults. */
export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** Save the state atomically (write then rename) so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(state, null, 2));
  fs.renameSync(temporary, file);
}
