/** Roles that open or move something when focused, so they are only scrolled into view. */
const SCROLL_ONLY_ROLES = new Set(['combobox', 'radiogroup', 'alert']);

/**
 * After a refused save, brings the first problem into view: the first field marked invalid, or a
 * form-level message (`role="alert"`). Runs after React has rendered the messages. A select would
 * open its list over its own message when focused, and a message cannot take focus, so those are
 * only scrolled to; a plain field takes focus so the person can type the fix at once.
 */
export function focusFirstError(): void {
  requestAnimationFrame(() => {
    const invalid = document.querySelector<HTMLElement>('form [aria-invalid="true"], form [role="alert"]');
    if (!invalid) return;
    if (SCROLL_ONLY_ROLES.has(invalid.getAttribute('role') ?? '')) invalid.scrollIntoView({ block: 'center' });
    else invalid.focus();
  });
}
