import fs from 'node:fs';
import path from 'node:path';
import { announceOverdue, parseAnnounced, type AnnouncedOverdue, type OverdueAnnouncement } from '../../shared/domain/overdue-announcement';
import { businessDate } from '../../shared/domain/business-date';
import type { WorkspaceInfo } from '../../shared/api/workspace-api';
import type { CallApi } from '../api/dispatcher-protocol';
import { localTimeZone } from './app-clock';

/** What was announced, per workspace file and person, kept in the app's data folder (not in the workspace). */
function readStates(file: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function writeState(file: string, key: string, seen: AnnouncedOverdue): void {
  const states = readStates(file);
  states[key] = seen;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(states, null, 2));
}

/**
 * The desktop app's daily check, run from the main process: the current person's inbox through the
 * dispatcher, wherever it runs (the same query and clock as every call), `announceOverdue` on the app's business
 * date, and the announcement (if any) handed to `show`. Nothing happens without an open workspace
 * or a chosen person; a failed check is retried at the next one.
 */
export async function checkOverdueReviews(
  call: CallApi,
  stateFile: string,
  show: (announcement: OverdueAnnouncement) => void,
): Promise<OverdueAnnouncement | null> {
  const info = await call('workspace.info', {});
  if (!info.ok) return null;
  const { host, workspace } = info.value as WorkspaceInfo;
  const person = workspace?.currentPerson ?? null;
  if (!workspace || !person) return null;
  // The app's clock, as every answer carries it (`host.now`), on this computer's calendar.
  const today = businessDate(new Date(host.now), localTimeZone());
  const key = `${workspace.path}:${person.id}`;
  const seen = parseAnnounced(readStates(stateFile)[key]);
  if (seen.day === today) return null;
  const inbox = await call('reviews.inbox', { personId: person.id, limit: 1000 });
  if (!inbox.ok) return null;
  const result = announceOverdue((inbox.value as { rows: Parameters<typeof announceOverdue>[0] }).rows, seen, today);
  writeState(stateFile, key, result.seen);
  if (result.announcement) show(result.announcement);
  return result.announcement;
}
