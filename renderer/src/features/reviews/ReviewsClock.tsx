import { useEffect, useRef } from 'react';
import { useApi, useDataRevision } from '../../api/api-context';
import { appNow } from '../../lib/app-clock';
import { localToday } from '../../lib/format';
import { notifySuccess } from '../../ui/notify';
import { useOpenWorkspace, useWorkspace } from '../../app/workspace-context';
import { announceOverdue, parseAnnounced, type AnnouncedOverdue } from '../../../../shared/domain/overdue-announcement';
import { contract } from '../../../../shared/api/contract';
import { NO_DOMAIN } from '../../../../shared/api/data-domains';

const HOUR_MS = 3_600_000;

/** Keys of overdue reviews already announced on this computer, per workspace. */
function announced(storageKey: string): AnnouncedOverdue {
  try {
    return parseAnnounced(JSON.parse(localStorage.getItem(storageKey) ?? ''));
  } catch {
    return parseAnnounced(null);
  }
}

/**
 * What happens with time while a workspace is open, without any server job: on opening and every
 * hour the API applies expiries (an expired acceptance re-opens its risk's review), and once a day
 * a notification names reviews that became overdue since the last one — the page's own
 * notification when the browser allows it, the app's otherwise. In the desktop app the main
 * process announces them with Electron's notification (electron/shell/overdue-notifications.ts),
 * so the page stays quiet there; both decide with `announceOverdue`.
 */
export function ReviewsClock() {
  const api = useApi();
  const { invalidate } = useDataRevision(NO_DOMAIN);
  const workspace = useOpenWorkspace();
  const personId = workspace.currentPerson?.id ?? null;
  const desktop = useWorkspace().info.host.kind === 'desktop';
  const running = useRef(false);

  useEffect(() => {
    const storageKey = `serviceledger.reviews.announced:${workspace.path}:${personId ?? 'all'}`;
    const tick = async () => {
      if (running.current) return;
      running.current = true;
      try {
        const { reopened } = await api.call('reviews.evaluate', {});
        if (reopened.length) {
          invalidate(contract['reviews.evaluate'].domains);
          notifySuccess('Acceptance expired', `${reopened.map((r) => r.code).join(', ')} ${reopened.length === 1 ? 'is' : 'are'} due for review again.`);
        }
        if (desktop || personId === null) return;
        const today = localToday(appNow());
        const seen = announced(storageKey);
        if (seen.day === today) return;
        const due = await api.call('reviews.inbox', { personId, limit: 1000 });
        const result = announceOverdue(due.rows, seen, today);
        localStorage.setItem(storageKey, JSON.stringify(result.seen));
        if (!result.announcement) return;
        const { title, body } = result.announcement;
        if (typeof Notification !== 'undefined' && Notification.permission === 'granted') new Notification(title, { body });
        else notifySuccess('Reviews overdue', body);
      } catch {
        // A failed evaluation is retried at the next hour; the inbox still computes states on its own.
      } finally {
        running.current = false;
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), HOUR_MS);
    return () => clearInterval(timer);
  }, [api, invalidate, workspace.path, personId, desktop]);
  return null;
}
