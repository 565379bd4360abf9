import { useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useApi } from '../../api/api-context';
import { errorBody } from '../../api/api-errors';
import { useApiAction } from '../../api/use-api-action';
import { notifyFailure } from '../../ui/notify';
import { DamagedWorkspaceModal, type DamagedWorkspace } from './DamagedWorkspaceModal';
import { NewWorkspaceModal } from './NewWorkspaceModal';
import { OpenPathModal } from './OpenPathModal';
import { useWorkspace } from '../../app/workspace-context';
import { WorkspaceFlowsContext, type WorkspaceFlows } from '../../app/workspace-flows-context';

/**
 * Owns the flows that change the open workspace and the two forms they need, so the welcome
 * screen, the command palette, the desktop menu and Settings all behave the same.
 */
export function WorkspaceFlowsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { info, adopt, refresh } = useWorkspace();
  const [, navigate] = useLocation();
  const [dialog, setDialog] = useState<'new' | 'open' | null>(null);
  const [busy, setBusy] = useState<WorkspaceFlows['busy']>(null);
  const [damaged, setDamaged] = useState<DamagedWorkspace | null>(null);

  const demo = useApiAction('workspace.openDemo', {
    success: 'Demo workspace opened',
    successDetail: (result) => result.workspace?.organisationName ?? null,
    failure: 'Could not open the demo workspace',
  });
  const open = useApiAction('workspace.open', {
    success: (result) => `Opened ${result.workspace?.fileName ?? 'the workspace'}`,
    // A damaged file gets its own dialog with the backups instead of a notification.
    failure: null,
  });

  /** A failed open: a damaged file offers its backups, anything else is announced. */
  const openFailed = (path: string, error: unknown) => {
    const body = errorBody(error);
    if (body.code === 'workspace_damaged') setDamaged({ path, message: body.message });
    else notifyFailure('Could not open the workspace', error);
  };
  const forget = useApiAction('workspace.forgetRecent', { success: null, failure: 'Could not update the recent files' });
  const close = useApiAction('workspace.close', {
    success: `Closed ${info.workspace?.fileName ?? 'the workspace'}`,
    failure: 'Could not close the workspace',
  });
  const backup = useApiAction('workspace.backup', {
    success: 'Backup saved',
    successDetail: (file) => file.path,
    failure: 'Could not back up the workspace',
  });

  const arrive = () => {
    setDialog(null);
    navigate('/');
  };

  // Each flow marks itself busy for its button's spinner; the action hook announces the outcome.
  const during = async <T,>(flow: NonNullable<WorkspaceFlows['busy']>, work: () => Promise<T>): Promise<T> => {
    setBusy(flow);
    try {
      return await work();
    } finally {
      setBusy(null);
    }
  };

  const flows: WorkspaceFlows = {
    busy,
    openDemo: () =>
      during('demo', async () => {
        const outcome = await demo.run({});
        if (outcome.ok) {
          adopt(outcome.value);
          arrive();
        }
      }),
    startNew: () => setDialog('new'),
    startOpen: async () => {
      if (!info.host.nativeFileDialogs) {
        setDialog('open');
        return;
      }
      await during('open', async () => {
        let path: string | null;
        try {
          path = (await api.call('workspace.chooseFile', { purpose: 'open' })).path;
        } catch (error) {
          notifyFailure('Could not show the file dialog', error);
          return;
        }
        if (!path) return; // cancelled
        const outcome = await open.run({ path });
        if (outcome.ok) {
          adopt(outcome.value);
          arrive();
        } else openFailed(path, outcome.error);
      });
    },
    openPath: (path) =>
      during('open', async () => {
        const outcome = await open.run({ path });
        if (outcome.ok) {
          adopt(outcome.value);
          arrive();
        } else openFailed(path, outcome.error);
        return outcome.ok;
      }),
    forgetRecent: async (path) => {
      const outcome = await forget.run({ path });
      if (outcome.ok) adopt(outcome.value);
    },
    closeWorkspace: () =>
      during('close', async () => {
        const outcome = await close.run();
        if (outcome.ok) adopt(outcome.value);
      }),
    offerBackups: (path, message) => setDamaged({ path, message }),
    backupNow: () =>
      during('backup', async () => {
        if (!info.workspace) {
          notifyFailure('Nothing to back up', new Error('Open a workspace first.'));
          return;
        }
        const outcome = await backup.run({});
        if (outcome.ok) refresh(); // the status line's "Last backup"
      }),
  };

  return (
    <WorkspaceFlowsContext value={flows}>
      {children}
      <NewWorkspaceModal opened={dialog === 'new'} onClose={() => setDialog(null)} onCreated={arrive} />
      <OpenPathModal
        opened={dialog === 'open'}
        onClose={() => setDialog(null)}
        onOpened={arrive}
        onDamaged={(path, message) => {
          setDialog(null);
          setDamaged({ path, message });
        }}
      />
      <DamagedWorkspaceModal
        damaged={damaged}
        onClose={() => setDamaged(null)}
        onRestored={() => {
          setDamaged(null);
          arrive();
        }}
      />
    </WorkspaceFlowsContext>
  );
}
