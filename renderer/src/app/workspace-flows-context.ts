import { createContext, useContext } from 'react';

/** The ways to change which workspace is open, shared by the welcome screen, palette, menus and settings. */
export interface WorkspaceFlows {
  openDemo: () => Promise<void>;
  /** Show the "New empty workspace" form. */
  startNew: () => void;
  /** Native dialog in the desktop app; a path form in the browser host. */
  startOpen: () => Promise<void>;
  /** Open a known file (a recent one, say). */
  openPath: (path: string) => Promise<boolean>;
  forgetRecent: (path: string) => Promise<void>;
  closeWorkspace: () => Promise<void>;
  backupNow: () => Promise<void>;
  /** Show a damaged workspace's message and its backups, to restore one in its place. */
  offerBackups: (path: string, message: string) => void;
  /** Which flow is under way, so its button can show a spinner. */
  busy: 'demo' | 'open' | 'close' | 'backup' | null;
}

export const WorkspaceFlowsContext = createContext<WorkspaceFlows | null>(null);

export function useWorkspaceFlows(): WorkspaceFlows {
  const flows = useContext(WorkspaceFlowsContext);
  if (!flows) throw new Error('WorkspaceFlowsProvider is missing above this component.');
  return flows;
}
