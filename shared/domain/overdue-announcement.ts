// Once a day, reviews that became overdue since the last announcement are announced — by the
// page's own notification in the browser host, by Electron's in the desktop app. Both decide
// what to say with this one pure function, on the app's business date (never the machine's).

/** What the inbox says about one review (a subset of `InboxItem`). */
export interface OverdueCandidate {
  kind: string;
  subjectId: number;
  code: string;
  dueOn: string;
  state: string;
}

/** What was announced last: the business day of the check and the overdue reviews known then. */
export interface AnnouncedOverdue {
  day: string | null;
  keys: string[];
}

export interface OverdueAnnouncement {
  title: string;
  body: string;
  count: number;
}

/** A review is the same overdue review while its subject and due date stay; a new due date is a new one. */
export function overdueKey(item: Pick<OverdueCandidate, 'kind' | 'subjectId' | 'dueOn'>): string {
  return `${item.kind}:${item.subjectId}:${item.dueOn}`;
}

/**
 * At most one announcement per business day. On the first check of a day: the overdue (or
 * escalated) reviews not known at the last check are new; all overdue ones become the known set
 * (one that was completed drops out, so if it becomes overdue again with a new date it is new).
 * A later check the same day says nothing and keeps the state as it is.
 */
export function announceOverdue(
  items: readonly OverdueCandidate[],
  seen: AnnouncedOverdue,
  today: string,
): { announcement: OverdueAnnouncement | null; seen: AnnouncedOverdue } {
  if (seen.day === today) return { announcement: null, seen };
  const overdue = items.filter((item) => item.state === 'overdue' || item.state === 'escalated');
  const known = new Set(seen.keys);
  const fresh = overdue.filter((item) => !known.has(overdueKey(item)));
  const next: AnnouncedOverdue = { day: today, keys: overdue.map(overdueKey) };
  if (!fresh.length) return { announcement: null, seen: next };
  const codes = fresh
    .slice(0, 3)
    .map((item) => item.code)
    .join(', ');
  return {
    announcement: {
      title: 'ServiceLedger reviews',
      body: `${fresh.length} review${fresh.length === 1 ? ' is' : 's are'} newly overdue: ${codes}${fresh.length > 3 ? '…' : ''}`,
      count: fresh.length,
    },
    seen: next,
  };
}

/** A stored state read back; anything unreadable counts as "nothing announced yet". */
export function parseAnnounced(value: unknown): AnnouncedOverdue {
  if (typeof value === 'object' && value !== null) {
    const { day, keys } = value as Record<string, unknown>;
    if ((day === null || typeof day === 'string') && Array.isArray(keys) && keys.every((key) => typeof key === 'string')) return { day, keys };
  }
  return { day: null, keys: [] };
}
