import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { Router, type BaseLocationHook, type BaseSearchHook } from 'wouter';
import type { ApiClient } from '../../../shared/api/client';
import { ApiProvider } from '../api/ApiProvider';
import { ErrorBoundary } from '../features/errors/ErrorBoundary';
import { MenuCommands, type MenuCommandSource } from '../features/menu-commands/MenuCommands';
import { CommandPalette } from '../features/palette/CommandPalette';
import { WorkspaceFlowsProvider } from '../features/workspace/WorkspaceFlowsProvider';
import { WorkspaceProvider } from '../features/workspace/WorkspaceProvider';
import { AppRoot } from './AppRoot';
import { hashHref, navigateHash, useHashPath, useHashSearch } from './hash-location';
import { installFormKeys } from '../ui/page-form-keys';
import { colorSchemeManager, theme } from './theme';

export interface AppProps {
  api: ApiClient;
  /** The desktop menu, when there is one. */
  menuSource?: MenuCommandSource;
  /** Routing hooks; the hash of the address unless a test passes memory ones. */
  location?: { hook: BaseLocationHook; searchHook: BaseSearchHook };
  /** 'test' turns off transitions and portals (Mantine's own switch for tests). */
  env?: 'default' | 'test';
}

/** The whole renderer. Everything it talks to comes in as props, so tests can hand it fakes. */
export function App({ api, menuSource, location, env = 'default' }: AppProps) {
  // The one keyboard rule of pickers and forms (Enter picks, Ctrl/Cmd+Enter saves), for every screen and dialog.
  useEffect(() => installFormKeys(document), []);
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="auto" env={env}>
      <Notifications position="bottom-right" limit={4} mb={28} />
      {/* Last line of defence: even a failure in the providers below shows a panel, never a white window. */}
      <ErrorBoundary title="ServiceLedger ran into a problem" onGoHome={() => navigateHash('/')}>
        <ApiProvider api={api}>
          <Router hook={location?.hook ?? useHashPath} searchHook={location?.searchHook ?? useHashSearch} hrefs={location ? undefined : hashHref}>
            <WorkspaceProvider>
              <ModalsProvider labels={{ confirm: 'Confirm', cancel: 'Cancel' }}>
                <WorkspaceFlowsProvider>
                  <MenuCommands source={menuSource} />
                  <CommandPalette />
                  <AppRoot />
                </WorkspaceFlowsProvider>
              </ModalsProvider>
            </WorkspaceProvider>
          </Router>
        </ApiProvider>
      </ErrorBoundary>
    </MantineProvider>
  );
}
