import { spotlight } from '@mantine/spotlight';
import { useEffect, useEffectEvent } from 'react';
import { useLocation } from 'wouter';
import type { DesktopBridge, MenuCommand } from '../../../../shared/api/desktop-bridge';
import { notifyFailure } from '../../ui/notify';
import { useWorkspace } from '../../app/workspace-context';
import { useWorkspaceFlows } from '../../app/workspace-flows-context';

/** Where menu commands come from: the desktop preload bridge, or nothing in a browser. */
export type MenuCommandSource = Pick<DesktopBridge, 'onMenuCommand'>;

/**
 * Maps the desktop application menu (File › New, Open…) onto the same flows the screens use.
 * Renders nothing; it only listens.
 */
export function MenuCommands({ source }: { source: MenuCommandSource | undefined }) {
  const { info } = useWorkspace();
  const flows = useWorkspaceFlows();
  const [, navigate] = useLocation();

  // Reads the latest state on every command without re-subscribing to the bridge.
  const handle = useEffectEvent((command: MenuCommand) => {
    switch (command) {
      case 'workspace.new':
        flows.startNew();
        break;
      case 'workspace.open':
        void flows.startOpen();
        break;
      case 'workspace.openDemo':
        void flows.openDemo();
        break;
      case 'workspace.backup':
        void flows.backupNow();
        break;
      case 'palette.open':
        spotlight.open();
        break;
      case 'settings.open':
        if (info.workspace) navigate('/settings');
        else notifyFailure('Settings need an open workspace', new Error('Open or create a workspace first; its settings are kept in the file.'));
        break;
    }
  });

  useEffect(() => source?.onMenuCommand((command) => handle(command)), [source]);
  return null;
}
