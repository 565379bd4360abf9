import { useMantineColorScheme } from '@mantine/core';
import {
  IconArchive,
  IconDeviceDesktop,
  IconDeviceFloppy,
  IconFilePlus,
  IconFlask,
  IconFolderOpen,
  IconHistory,
  IconLogout,
  IconMoon,
  IconSun,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { useLocation } from 'wouter';
import { screens } from '../../app/screens';
import { useWorkspace } from '../../app/workspace-context';
import { useWorkspaceFlows } from '../../app/workspace-flows-context';
import type { PaletteCommand } from './palette-filter';
import { shortcutCommands } from './shortcut-commands';

export interface PaletteEntry extends PaletteCommand {
  icon: Icon;
  run: () => void;
}

/** The palette's fixed entries: the screens, and the actions that make sense right now. */
export function usePaletteCommands(): { screens: PaletteEntry[]; actions: PaletteEntry[] } {
  const { info } = useWorkspace();
  const flows = useWorkspaceFlows();
  const [, navigate] = useLocation();
  const { setColorScheme } = useMantineColorScheme();
  const open = info.workspace !== null;

  const screenEntries: PaletteEntry[] = open
    ? [
        ...screens.map((screen) => ({
          id: `screen:${screen.id}`,
          label: `Go to ${screen.label}`,
          description: screen.description,
          keywords: [screen.id],
          icon: screen.icon,
          run: () => navigate(screen.path),
        })),
        {
          id: 'screen:people',
          label: 'Go to People',
          description: 'Settings › People',
          keywords: ['person', 'owner'],
          icon: IconUsers,
          run: () => navigate('/settings/people'),
        },
        {
          id: 'screen:backups',
          label: 'Go to Backups',
          description: 'Settings › Backups, restore',
          keywords: ['restore'],
          icon: IconArchive,
          run: () => navigate('/settings/backups'),
        },
        {
          id: 'screen:audit',
          label: 'Go to Audit trail',
          description: 'Settings › Audit trail',
          keywords: ['history', 'log', 'changes'],
          icon: IconHistory,
          run: () => navigate('/settings/audit'),
        },
        ...shortcutCommands.map(({ path, ...command }) => ({ ...command, run: () => navigate(path) })),
      ]
    : [];

  const actions: PaletteEntry[] = [
    {
      id: 'action:new',
      label: 'New empty workspace…',
      description: 'Create a new workspace file',
      keywords: ['create', 'file'],
      icon: IconFilePlus,
      run: flows.startNew,
    },
    {
      id: 'action:open',
      label: 'Open workspace file…',
      description: 'Open an existing .sqlite file',
      keywords: ['file'],
      icon: IconFolderOpen,
      run: () => void flows.startOpen(),
    },
    {
      id: 'action:demo',
      label: 'Open demo workspace',
      description: 'A realistic sample IT department',
      keywords: ['sample', 'example'],
      icon: IconFlask,
      run: () => void flows.openDemo(),
    },
    ...(open
      ? [
          {
            id: 'action:backup',
            label: 'Back up now',
            description: 'Copy the workspace into its backups folder',
            keywords: ['save', 'copy'],
            icon: IconDeviceFloppy,
            run: () => void flows.backupNow(),
          },
          {
            id: 'action:close',
            label: 'Close workspace',
            description: info.workspace?.fileName,
            keywords: ['quit'],
            icon: IconLogout,
            run: () => void flows.closeWorkspace(),
          },
        ]
      : []),
    { id: 'theme:light', label: 'Theme: light', keywords: ['switch', 'colour', 'color', 'mode'], icon: IconSun, run: () => setColorScheme('light') },
    { id: 'theme:dark', label: 'Theme: dark', keywords: ['switch', 'colour', 'color', 'mode', 'night'], icon: IconMoon, run: () => setColorScheme('dark') },
    {
      id: 'theme:auto',
      label: 'Theme: same as the system',
      keywords: ['switch', 'colour', 'color', 'mode', 'auto'],
      icon: IconDeviceDesktop,
      run: () => setColorScheme('auto'),
    },
  ];

  return { screens: screenEntries, actions };
}
