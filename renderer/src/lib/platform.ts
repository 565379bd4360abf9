/** True on macOS, where shortcuts use ⌘ instead of Ctrl (Mantine's "mod" key follows the same rule). */
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** The label of the modifier key, for shortcut hints. */
export function modKeyLabel(): string {
  return isMac() ? '⌘' : 'Ctrl';
}
