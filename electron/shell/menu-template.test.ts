import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuTemplateOptions } from './menu-template';

function build(overrides: Partial<MenuTemplateOptions> = {}) {
  const options = { appName: 'ServiceLedger', isDev: false, isMac: false, send: vi.fn(), showAbout: vi.fn(), ...overrides };
  return { template: buildMenuTemplate(options), options };
}

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function find(template: MenuItemConstructorOptions[], top: string, label: string) {
  const menu = template.find((entry) => entry.label?.replace('&', '') === top);
  return items(menu).find((entry) => entry.label === label);
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item?.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help with Alt mnemonics on Windows and Linux', () => {
    expect(build().template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('sends the File commands to the page with the expected shortcuts', () => {
    const { template, options } = build();
    expect(find(template, 'File', 'New workspace…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, 'File', 'Open workspace…')?.accelerator).toBe('CmdOrCtrl+O');
    for (const [label, command] of [
      ['New workspace…', 'workspace.new'],
      ['Open workspace…', 'workspace.open'],
      ['Open demo workspace', 'workspace.openDemo'],
      ['Back up now', 'workspace.backup'],
      ['Settings…', 'settings.open'],
    ] as const) {
      click(find(template, 'File', label));
      expect(options.send).toHaveBeenLastCalledWith(command);
    }
    expect(items(template[0]).at(-1)).toMatchObject({ role: 'quit' });
  });

  it('uses standard roles in Edit', () => {
    const roles = items(build().template[1]).map((item) => item.role ?? item.type);
    expect(roles).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'delete', 'separator', 'selectAll']);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => items(build({ isDev }).template[2]).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('sends the command palette command from View', () => {
    const { template, options } = build();
    click(find(template, 'View', 'Command palette…'));
    expect(options.send).toHaveBeenCalledWith('palette.open');
  });

  it('shows About from Help', () => {
    const { template, options } = build();
    click(find(template, 'Help', 'About ServiceLedger'));
    expect(options.showAbout).toHaveBeenCalled();
  });

  it('adds the application menu on macOS and keeps Settings and Quit there', () => {
    const { template } = build({ isMac: true });
    expect(template.map((menu) => menu.label)).toEqual(['ServiceLedger', 'File', 'Edit', 'View', 'Help']);
    const appItems = items(template[0]);
    expect(appItems.map((item) => item.role ?? item.label)).toEqual(expect.arrayContaining(['About ServiceLedger', 'Settings…', 'quit']));
    expect(items(template[1]).some((item) => item.role === 'quit')).toBe(false);
  });
});
