import { useEffect, useRef } from 'react';
import { useApi, useDataRevision } from '../../api/api-context';
import { appNow } from '../../lib/app-clock';
import { localToday } from '../../lib/format';
import { notifySuccess } from '../../ui/notify';
import { useOpenWorkspace } from '../workspace/workspace-context';
import { contract } from '../../../../shared/api/contract';
import { NO_DOMAIN } from '../../../../shared/api/data-domains';

const HOUR_MS = 3_600_000;

/** Keys of overdue reviews already announced on this computer, per workspace. */
function announced(storageKey: string): { day: string | null; keys: string[] } {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? '') as { day: string | null; keys: string[] };
  } catch {
    return { day: null, keys: [] };
  }
}

/**
 * What happens with time while a workspace is open, without any server job: on opening and every
 * hour the API applies expiries (an expired acceptance re-opens its risk's review), and once a day
 * a notification names reviews that became overdue since the last one — the page's own
 * notification when the browser allows it, the app's otherwise.
 */
export function ReviewsClock() {
  const api = useApi();
  const { invalidate } = useDataRevision(NO_DOMAIN);
  const workspace = useOpenWorkspace();
  const personId = workspace.currentPerson?.id ?? null;
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
        const today = localToday(appNow());
        const seen = announced(storageKey);
        if (seen.day === today || personId === null) return;
        const due = await api.call('reviews.inbox', { personId, limit: 1000 });
        const overdue = due.rows.filter((row) => row.state === 'overdue' || row.state === 'escalated');
        const fresh = overdue.filter((row) => !seen.keys.includes(`${row.kind}:${row.subjectId}:${row.dueOn}`));
        localStorage.setItem(storageKey, JSON.stringify({ day: today, keys: overdue.map((row) => `${row.kind}:${row.subjectId}:${row.dueOn}`) }));
        if (!fresh.length) return;
        const text = `${fresh.length} review${fresh.length === 1 ? ' is' : 's are'} newly overdue: ${fresh.slice(0, 3).map((row) => row.code).join(', ')}${fresh.length > 3 ? '…' : ''}`;
        if (typeof Notification !== 'undefined' && Notification.permission === 'granted') new Notification('ServiceLedger reviews', { body: text });
        else notifySuccess('Reviews overdue', text);
      } catch {
        // A failed evaluation is retried at the next hour; the inbox still computes states on its own.
      } finally {
        running.current = false;
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), HOUR_MS);
    return () => clearInterval(timer);
  }, [api, invalidate, workspace.path, personId]);
  return null;
}
