import { useEffect } from 'react';
import { AppLayout } from '../features/shell/AppLayout';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { useWorkspace } from './workspace-context';
import { AppRoutes } from './AppRoutes';

/** The welcome screen without a workspace, the app shell with one. */
export function AppRoot() {
  const { workspace } = useWorkspace().info;
  const organisation = workspace?.organisationName;

  useEffect(() => {
    document.title = organisation ? `${organisation} — ServiceLedger` : 'ServiceLedger';
  }, [organisation]);

  if (!workspace) return <WelcomeScreen />;
  // Keyed by file: another workspace starts with fresh screen state (no stale forms or pages).
  return (
    <AppLayout key={workspace.path}>
      <AppRoutes />
    </AppLayout>
  );
}
