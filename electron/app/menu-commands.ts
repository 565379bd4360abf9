import type { MenuCommand } from '../../shared/api/desktop-bridge';

// `satisfies Record<MenuCommand, true>` makes the compiler fail when a command is added to the
// shared type and not here (or the other way round), so the runtime list cannot drift.
const KNOWN = {
  'workspace.new': true,
  'workspace.open': true,
  'workspace.openDemo': true,
  'workspace.backup': true,
  'palette.open': true,
  'settings.open': true,
} as const satisfies Record<MenuCommand, true>;

/** Every command the application menu may send to the page. */
export const MENU_COMMANDS = Object.freeze(Object.keys(KNOWN) as MenuCommand[]);

/** True for a known menu command; anything else arriving on the menu channel is dropped. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(KNOWN, value);
}
