import { AppError } from '../../shared/api/errors';
import { getPerson } from '../repositories/people-repository';
import { getOrganisationName, setOrganisationName } from '../repositories/meta-repository';
import type { HandlerTable } from './handler-types';
import { backupTarget } from './backup-target';

type WorkspaceMethods =
  | 'workspace.info'
  | 'workspace.create'
  | 'workspace.open'
  | 'workspace.openDemo'
  | 'workspace.close'
  | 'workspace.forgetRecent'
  | 'workspace.chooseFile'
  | 'workspace.backup'
  | 'workspace.listBackups'
  | 'workspace.restore'
  | 'settings.get'
  | 'settings.update';

export const workspaceHandlers: Pick<HandlerTable, WorkspaceMethods> = {
  'workspace.info': (_input, { app }) => app.info(),
  'workspace.create': ({ path, organisationName }, { app }) => app.create(path, organisationName),
  'workspace.open': ({ path }, { app }) => app.open(path),
  'workspace.openDemo': ({ reset }, { app }) => app.openDemo(reset),
  'workspace.close': (_input, { app }) => app.close(),
  'workspace.forgetRecent': ({ path }, { app }) => app.forgetRecent(path),
  'workspace.chooseFile': async ({ purpose }, { app }) => ({ path: await app.chooseFile(purpose) }),
  'workspace.backup': ({ path }, { app }) => app.backup(backupTarget(path, app.workspacePath)),
  'workspace.listBackups': ({ workspacePath }, { app }) => app.listBackups(workspacePath),
  'workspace.restore': ({ backupPath, workspacePath }, { app }) => app.restore(backupPath, workspacePath),

  'settings.get': (_input, { app, db }) => ({ organisationName: getOrganisationName(db), currentPersonId: app.actorId() }),
  'settings.update': (input, context) => {
    const { app, db } = context;
    if (input.currentPersonId !== undefined && input.currentPersonId !== null) {
      const person = getPerson(db, input.currentPersonId, 'currentPersonId');
      if (!person.active) throw new AppError('invalid_input', `${person.name} is inactive; choose an active person.`, 'currentPersonId');
    }
    if (input.organisationName !== undefined) setOrganisationName(db, context.actor(), input.organisationName, context.now());
    // Who "I am" is per machine (app state), so it is set last, once the workspace write has succeeded.
    if (input.currentPersonId !== undefined) app.setActor(input.currentPersonId);
    return { organisationName: getOrganisationName(db), currentPersonId: app.actorId() };
  },
};
