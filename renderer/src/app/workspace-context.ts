import { createContext, useContext } from 'react';
import type { OpenWorkspace, WorkspaceInfo } from '../../../shared/api/workspace-api';

export interface WorkspaceSession {
  info: WorkspaceInfo;
  /** Take the info a workspace call answered with (open, create, close...) as the new truth. */
  adopt: (info: WorkspaceInfo) => void;
  /** Ask the host again (after changes that alter the header or status line). */
  refresh: () => void;
}

export const WorkspaceContext = createContext<WorkspaceSession | null>(null);

/** The host, the open workspace (or none) and the recent files. */
export function useWorkspace(): WorkspaceSession {
  const session = useContext(WorkspaceContext);
  if (!session) throw new Error('WorkspaceProvider is missing above this component.');
  return session;
}

/** The open workspace, for screens that only exist while one is open. */
export function useOpenWorkspace(): OpenWorkspace {
  const { workspace } = useWorkspace().info;
  if (!workspace) throw new Error('This screen needs an open workspace.');
  return workspace;
}
