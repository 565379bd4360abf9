import type { KeyboardEvent } from 'react';

/*
 * The app's one keyboard rule for forms, everywhere:
 * - Enter in a picker (Select, MultiSelect, Autocomplete) picks the highlighted option, or the only
 *   one shown when none is highlighted; it never sends the form the picker is in.
 * - Enter in a text field never saves a full-page form (half a record); a dialog's short form may be
 *   sent by Enter in a text field, as people expect from a dialog.
 * - Ctrl/Cmd+Enter saves any form, page or dialog; Esc cancels a page form (a dialog closes itself).
 * - Clicking or tabbing into a filled picker selects its text, so typing filters from scratch
 *   instead of editing the middle of the chosen name.
 * Select and MultiSelect highlight their first match as you type (`PICKER_DEFAULTS` in the theme),
 * so what Enter will pick is always visible; an Autocomplete, whose typed text is itself the value,
 * highlights nothing until asked, so a new name is never swapped for an old one it begins. `installFormKeys` puts the picker and dialog parts on the document once;
 * full-page forms add `handlePageFormKeys` on their <form>.
 */

export interface PageFormKeys {
  /** Send the form (as a click on its submit button would). */
  submit: () => void;
  cancel: () => void;
  saving: boolean;
}

/** Props every Mantine picker starts with (see the theme). */
export const PICKER_DEFAULTS = { selectFirstOptionOnChange: true } as const;

/** The text box of a Mantine picker: it announces a listbox. */
export function isPicker(element: EventTarget | null): element is HTMLInputElement {
  return element instanceof HTMLInputElement && element.getAttribute('aria-haspopup') === 'listbox' && !element.readOnly;
}

const plainEnter = (event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean; isComposing?: boolean }) =>
  event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey && !event.isComposing;

const saveEnter = (event: { key: string; ctrlKey: boolean; metaKey: boolean }) => event.key === 'Enter' && (event.ctrlKey || event.metaKey);

/**
 * The keyboard of the app's full-page forms: Ctrl/Cmd+Enter saves, Esc cancels (unless a list is
 * open, where Esc closes the list), and Enter in a line never sends the form.
 */
export function handlePageFormKeys(event: KeyboardEvent<HTMLFormElement>, keys: PageFormKeys): void {
  const target = event.target as HTMLElement;
  if (saveEnter(event)) {
    event.preventDefault();
    // As a click on Save would: close any open list and commit what is being typed.
    target.blur();
    if (!keys.saving) keys.submit();
  } else if (event.key === 'Escape' && !event.defaultPrevented && target.getAttribute('aria-expanded') !== 'true') {
    event.preventDefault();
    keys.cancel();
  } else if (plainEnter(event) && target instanceof HTMLInputElement && target.type !== 'radio' && !isPicker(target)) {
    // Pickers are left to `pickOnEnter`, which needs to see whether the picker used the key.
    event.preventDefault();
  }
}

/**
 * Enter in a picker, after the picker has had its say (so it runs at the document, last): when
 * the picker did nothing with it (no option highlighted) and exactly one option is shown, that one
 * is picked, as a click on it would; either way the form the picker is in is not sent.
 */
export function pickOnEnter(event: globalThis.KeyboardEvent): void {
  if (!plainEnter(event) || !isPicker(event.target)) return;
  const handled = event.defaultPrevented;
  event.preventDefault();
  if (handled) return;
  const listId = event.target.getAttribute('aria-controls');
  const list = listId ? event.target.ownerDocument.getElementById(listId) : null;
  if (!list || list.querySelector('[data-combobox-selected]')) return;
  const options = list.querySelectorAll<HTMLElement>('[data-combobox-option]:not([data-combobox-disabled])');
  if (options.length === 1) options[0]!.click();
}

/** Ctrl/Cmd+Enter in a form nobody else handled (a dialog's): send it, as its submit button would. */
export function saveOnModEnter(event: globalThis.KeyboardEvent): void {
  if (!saveEnter(event) || event.defaultPrevented) return;
  const target = event.target;
  const form = target instanceof HTMLElement ? target.closest('form') : null;
  if (!form) return;
  event.preventDefault();
  if (target instanceof HTMLElement) target.blur();
  form.requestSubmit();
}

/** Selects the text of a filled picker, so the next key typed replaces the chosen name. */
function selectPickerText(target: EventTarget | null): void {
  if (isPicker(target) && target.value) target.select();
}

/** Installs the document-wide parts of the rule; returns the uninstall. */
export function installFormKeys(doc: Document): () => void {
  // A click that opens a filled picker selects its text (a click into an open one places the
  // caret, to edit); so does Tab into one. The click, not the press: the press places the caret.
  let pressedClosed: EventTarget | null = null;
  const onPress = (event: MouseEvent) => {
    pressedClosed = isPicker(event.target) && event.target.getAttribute('aria-expanded') !== 'true' ? event.target : null;
  };
  const onClick = (event: MouseEvent) => {
    if (event.target === pressedClosed) selectPickerText(event.target);
    pressedClosed = null;
  };
  const onFocus = (event: FocusEvent) => selectPickerText(event.target);
  // The keys listen at the document, after the pickers and the page forms (which handle their own
  // Ctrl+Enter) had them; a default prevented there still stops the browser sending the form.
  doc.addEventListener('keydown', pickOnEnter);
  doc.addEventListener('keydown', saveOnModEnter);
  doc.addEventListener('mousedown', onPress, true);
  doc.addEventListener('click', onClick);
  doc.addEventListener('focusin', onFocus);
  return () => {
    doc.removeEventListener('keydown', pickOnEnter);
    doc.removeEventListener('keydown', saveOnModEnter);
    doc.removeEventListener('mousedown', onPress, true);
    doc.removeEventListener('click', onClick);
    doc.removeEventListener('focusin', onFocus);
  };
}
