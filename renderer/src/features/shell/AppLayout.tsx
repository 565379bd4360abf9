import { AppShell, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { HeaderBar } from './HeaderBar';
import { MainNavigation } from './MainNavigation';
import { ReviewsClock } from '../reviews';
import { StatusLine } from './StatusLine';
import { WorkspaceNotices } from './WorkspaceNotices';
import { TeamStatusProvider } from '../team';

/** The frame around every screen while a workspace is open; it knows whether the workspace is a team one. */
export function AppLayout({ children }: { children: ReactNode }) {
  const [navigationOpened, navigation] = useDisclosure(false);
  return (
    <TeamStatusProvider>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navigationOpened } }}
        footer={{ height: 30 }}
        padding="lg"
      >
        <AppShell.Header>
          <HeaderBar navigationOpened={navigationOpened} onToggleNavigation={navigation.toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <AppShell.Section grow component={ScrollArea}>
            <MainNavigation onNavigate={navigation.close} />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main>
          <WorkspaceNotices />
          <ReviewsClock />
          {children}
        </AppShell.Main>
        <AppShell.Footer>
          <StatusLine />
        </AppShell.Footer>
      </AppShell>
    </TeamStatusProvider>
  );
}
