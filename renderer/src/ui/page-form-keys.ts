import type { KeyboardEvent } from 'react';

export interface PageFormKeys {
  /** Send the form (as a click on its submit button would). */
  submit: () => void;
  cancel: () => void;
  saving: boolean;
  /**
   * 'submits': Enter in a line sends the form, as in a short form. 'ignored': a page-long form is
   * not sent by Enter in one of its lines (lists use Enter to add entries); Ctrl+Enter sends it.
   */
  plainEnter: 'submits' | 'ignored';
}

/**
 * The keyboard of the app's full-page forms: Ctrl/Cmd+Enter saves, Esc cancels (unless a list is
 * open, where Esc closes the list), and Enter in a line does what `plainEnter` says.
 */
export function handlePageFormKeys(event: KeyboardEvent<HTMLFormElement>, keys: PageFormKeys): void {
  const target = event.target as HTMLElement;
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    // As a click on Save would: close any open list and commit what is being typed.
    target.blur();
    if (!keys.saving) keys.submit();
  } else if (event.key === 'Escape' && !event.defaultPrevented && target.getAttribute('aria-expanded') !== 'true') {
    event.preventDefault();
    keys.cancel();
  } else if (keys.plainEnter === 'ignored' && event.key === 'Enter' && target instanceof HTMLInputElement && !event.shiftKey && target.type !== 'radio') {
    event.preventDefault();
  }
}
