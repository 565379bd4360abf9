import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useCallback, useEffect, useRef, useState } from 'react';

const DEFAULT_MESSAGE = 'The changes you made to this service have not been saved.';

/** Ask before throwing away edits; `message` says what would be lost. */
export function confirmDiscard(onDiscard: () => void, message: string = DEFAULT_MESSAGE): void {
  modals.openConfirmModal({
    title: 'Discard your changes?',
    children: <Text size="sm">{message}</Text>,
    labels: { confirm: 'Discard changes', cancel: 'Keep editing' },
    confirmProps: { color: 'red' },
    onConfirm: onDiscard,
  });
}

/** Edits taken off a form that was navigated away from, until it is back on screen. */
let parked: { here: string; values: unknown; target: string } | null = null;

interface UnsavedGuardOptions<T> {
  dirty: boolean;
  values: T;
  /** Put parked edits back into the form. */
  restore: (values: T) => void;
  /** What the confirmation says would be lost; about "this service" unless given. */
  message?: string;
}

/**
 * Keeps unsaved edits from being lost by leaving the page, however the page is left. Routes live
 * in the hash, so:
 * - a click on an in-app link is stopped before the router sees it, and a confirmation asked for;
 * - Back/Forward (a bare `hashchange`) is put back before the router reads the address;
 * - anything that still gets through (the palette, a menu command: they change the hash and
 *   re-render in the same tick) is undone: the edits are parked, the address restored, the form
 *   comes back with them and asks;
 * - closing the window asks the browser's own question.
 * Returns `allowLeave`, to call before leaving on purpose (after saving, or after "Discard").
 */
export function useUnsavedGuard<T>({ dirty, values, restore, message = DEFAULT_MESSAGE }: UnsavedGuardOptions<T>): { allowLeave: () => void } {
  const leaving = useRef(false);
  const [here] = useState(() => window.location.hash);
  const latest = useRef({ dirty, values, restore });
  useEffect(() => {
    latest.current = { dirty, values, restore };
  });

  const allowLeave = useCallback(() => {
    leaving.current = true;
  }, []);

  const askToLeave = useCallback(
    (target: string) => {
      confirmDiscard(() => {
        leaving.current = true;
        window.location.hash = target;
      }, message);
    },
    [message],
  );

  useEffect(() => {
    if (parked && parked.here === here) {
      const draft = parked;
      parked = null;
      latest.current.restore(draft.values as T);
      askToLeave(draft.target);
    }
    return () => {
      const { dirty: unsaved, values: edits } = latest.current;
      if (!unsaved || leaving.current || window.location.hash === here) return;
      parked = { here, values: edits, target: window.location.hash };
      window.history.replaceState(window.history.state, '', here);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    };
  }, [here, askToLeave]);

  useEffect(() => {
    if (!dirty) return;
    const onClick = (event: MouseEvent) => {
      if (leaving.current || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href^="#/"]');
      if (!link || link.getAttribute('target') === '_blank') return;
      const target = link.getAttribute('href')!;
      if (target === here) return;
      event.preventDefault();
      event.stopPropagation();
      askToLeave(target);
    };
    const onHashChange = () => {
      const target = window.location.hash;
      if (leaving.current || target === here) return;
      window.history.replaceState(window.history.state, '', here);
      askToLeave(target);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!leaving.current) event.preventDefault();
    };
    // Capture phase: before the router's own listeners.
    document.addEventListener('click', onClick, { capture: true });
    window.addEventListener('hashchange', onHashChange, { capture: true });
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, { capture: true });
      window.removeEventListener('hashchange', onHashChange, { capture: true });
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, here, askToLeave]);

  return { allowLeave };
}
