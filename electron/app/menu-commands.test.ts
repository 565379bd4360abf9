import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, isMenuCommand } from './menu-commands';

describe('menu commands', () => {
  it('knows every command of the shared MenuCommand type', () => {
    expect([...MENU_COMMANDS].sort()).toEqual(['palette.open', 'settings.open', 'workspace.backup', 'workspace.new', 'workspace.open', 'workspace.openDemo']);
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
  });

  it.each([undefined, null, 42, {}, ['workspace.new'], 'workspace.delete', 'toString', '__proto__', 'hasOwnProperty', 'WORKSPACE.NEW', ' workspace.new'])(
    'rejects %j',
    (value) => {
      expect(isMenuCommand(value)).toBe(false);
    },
  );
});
