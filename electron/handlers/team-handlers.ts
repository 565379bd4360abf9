import type { SyncLogPage } from '../../shared/api/team-api';
import type { HandlerTable } from './handler-types';

type TeamMethod =
  | 'team.status'
  | 'team.publish'
  | 'team.join'
  | 'team.syncNow'
  | 'team.log'
  | 'team.conflicts'
  | 'team.resolveConflict'
  | 'team.members'
  | 'team.addMember'
  | 'team.setMemberAccess'
  | 'team.linkPerson'
  | 'team.setMemberPassword'
  | 'team.changeSavedPassword'
  | 'team.removeMember';

/**
 * The team workspace calls, each handed to the open workspace's TeamService (electron/team).
 * The engine owns its transactions and its PostgreSQL connection; these only adapt the input.
 */
export const teamHandlers: Pick<HandlerTable, TeamMethod> = {
  'team.status': (_input, { app }) => app.team.status(),
  'team.publish': (input, { app }) => app.team.publish(input),
  // The replica file follows the rule of "new workspace": a bare name goes into the default folder, ".sqlite" is added.
  'team.join': ({ filePath, ...connection }, { app }) => app.team.join({ ...connection, filePath: app.resolveWorkspacePath(filePath) }),
  'team.syncNow': (_input, { app }) => app.team.syncNow(),
  'team.log': ({ limit, beforeSeq }, { app }) => logPage(app.team.log(beforeSeq === undefined ? { limit: limit + 1 } : { limit: limit + 1, beforeSeq }), limit),
  'team.conflicts': (_input, { app }) => app.team.conflicts(),
  'team.resolveConflict': ({ id, resolution }, { app }) => app.team.resolveConflict(id, resolution),
  'team.members': (_input, { app }) => app.team.members(),
  'team.addMember': (input, { app }) => app.team.addMember(input),
  'team.setMemberAccess': ({ role, access }, { app }) => app.team.setMemberAccess(role, access),
  'team.linkPerson': ({ role, personId }, { app }) => app.team.linkPerson(role, personId),
  'team.setMemberPassword': ({ role, password }, { app }) => app.team.setMemberPassword(role, password),
  'team.changeSavedPassword': ({ password }, { app }) => app.team.changeSavedPassword(password),
  'team.removeMember': ({ role }, { app }) => app.team.removeMember(role),
};

/**
 * A page of `limit` entries out of `limit + 1` asked for: the extra one only says that older
 * entries exist, and the page's last change number is where the next page starts.
 */
export function logPage(entries: SyncLogPage['entries'], limit: number): SyncLogPage {
  const page = entries.slice(0, limit);
  const more = entries.length > limit;
  return { entries: page, nextBeforeSeq: more ? (page[page.length - 1]?.seq ?? null) : null };
}
