import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback, useEffect, useRef } from 'react';

/** Ask before throwing away edits. */
export function confirmDiscard(onDiscard: () => void): void {
  modals.openConfirmModal({
    title: 'Discard your changes?',
    children: <Text size="sm">The changes you made to this service have not been saved.</Text>,
    labels: { confirm: 'Discard changes', cancel: 'Keep editing' },
    confirmProps: { color: 'red' },
    onConfirm: onDiscard,
  });
}

/**
 * Keep unsaved edits from being lost by leaving the page: any route change (navigation bar,
 * palette, Back) is put back and a confirmation asked for; closing the window asks the browser's
 * own question. Returns `allowLeave`, to call before leaving on purpose (after saving, say).
 *
 * Routes live in the hash, so a route change is a `hashchange`. The listener runs in the capture
 * phase, before the router's own, and restores the address before the router reads it.
 */
export function useUnsavedGuard(dirty: boolean): { allowLeave: () => void } {
  const leaving = useRef(false);
  const allowLeave = useCallback(() => {
    leaving.current = true;
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const here = window.location.hash;
    const onHashChange = () => {
      const target = window.location.hash;
      if (leaving.current || target === here) return;
      window.history.replaceState(window.history.state, '', here);
      confirmDiscard(() => {
        leaving.current = true;
        window.location.hash = target;
      });
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
    };
    window.addEventListener('hashchange', onHashChange, { capture: true });
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('hashchange', onHashChange, { capture: true });
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);

  return { allowLeave };
}
