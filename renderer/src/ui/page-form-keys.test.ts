import type { KeyboardEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handlePageFormKeys, installFormKeys, isPicker, type PageFormKeys } from './page-form-keys';

function press(key: string, target: HTMLElement, modifiers: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {}) {
  const event = { key, target, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, defaultPrevented: false, preventDefault: vi.fn(), ...modifiers };
  return event as unknown as KeyboardEvent<HTMLFormElement> & { preventDefault: ReturnType<typeof vi.fn> };
}

function keys(saving = false) {
  const form = { submit: vi.fn<() => void>(), cancel: vi.fn<() => void>(), saving };
  return form satisfies PageFormKeys;
}

/** A picker's text box as Mantine draws it, with its open list of options. */
function picker(options: string[], { highlighted = -1, value = '' } = {}) {
  const form = document.createElement('form');
  const input = document.createElement('input');
  input.value = value;
  input.setAttribute('aria-haspopup', 'listbox');
  input.setAttribute('aria-controls', 'list-1');
  const list = document.createElement('div');
  list.id = 'list-1';
  const picked: string[] = [];
  options.forEach((label, index) => {
    const option = document.createElement('div');
    option.setAttribute('data-combobox-option', 'true');
    if (index === highlighted) option.setAttribute('data-combobox-selected', 'true');
    option.textContent = label;
    option.addEventListener('click', () => picked.push(label));
    list.append(option);
  });
  form.append(input);
  document.body.append(form, list);
  const submitted = vi.fn((event: Event) => event.preventDefault());
  form.addEventListener('submit', submitted);
  return { form, input, picked, submitted };
}

describe('handlePageFormKeys: the keys of a full-page form', () => {
  const input = () => document.createElement('input');

  it('saves on Ctrl+Enter and Cmd+Enter, not while saving, and cancels on Esc unless a list is open', () => {
    const form = keys();
    handlePageFormKeys(press('Enter', input(), { ctrlKey: true }), form);
    handlePageFormKeys(press('Enter', input(), { metaKey: true }), form);
    expect(form.submit).toHaveBeenCalledTimes(2);
    const busy = keys(true);
    handlePageFormKeys(press('Enter', input(), { ctrlKey: true }), busy);
    expect(busy.submit).not.toHaveBeenCalled();

    handlePageFormKeys(press('Escape', input()), form);
    expect(form.cancel).toHaveBeenCalledTimes(1);
    const combobox = input();
    combobox.setAttribute('aria-expanded', 'true');
    handlePageFormKeys(press('Escape', combobox), form);
    expect(form.cancel).toHaveBeenCalledTimes(1);
  });

  it('never lets plain Enter in a line send the form, and leaves Enter in a picker to the picker rule', () => {
    const line = press('Enter', input());
    handlePageFormKeys(line, keys());
    expect(line.preventDefault).toHaveBeenCalled();
    const pickerBox = input();
    pickerBox.setAttribute('aria-haspopup', 'listbox');
    expect(isPicker(pickerBox)).toBe(true);
    const inPicker = press('Enter', pickerBox);
    handlePageFormKeys(inPicker, keys());
    expect(inPicker.preventDefault).not.toHaveBeenCalled();
  });
});

describe('installFormKeys: the document-wide rule for pickers and dialogs', () => {
  let uninstall = () => {};
  afterEach(() => {
    uninstall();
    document.body.innerHTML = '';
  });

  const enter = (target: HTMLElement, init: KeyboardEventInit = {}) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }));

  it('picks the only option shown when none is highlighted, and the form is not sent', () => {
    uninstall = installFormKeys(document);
    const { input, picked } = picker(['SVC-019 Lab Results Interface']);
    const notPrevented = enter(input);
    expect(picked).toEqual(['SVC-019 Lab Results Interface']);
    expect(notPrevented).toBe(false);
  });

  it('leaves several unhighlighted options alone, and a highlighted one to the picker, without sending the form', () => {
    uninstall = installFormKeys(document);
    const several = picker(['Data Centre Hosting', 'Database Platform']);
    expect(enter(several.input)).toBe(false);
    expect(several.picked).toEqual([]);
    document.body.innerHTML = '';
    const highlighted = picker(['Data Centre Hosting'], { highlighted: 0 });
    expect(enter(highlighted.input)).toBe(false);
    expect(highlighted.picked).toEqual([]);
  });

  it('sends a dialog form on Ctrl+Enter unless the form handled it itself', () => {
    uninstall = installFormKeys(document);
    const form = document.createElement('form');
    const title = document.createElement('input');
    form.append(title);
    document.body.append(form);
    const submitted = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', submitted);
    enter(title, { ctrlKey: true });
    expect(submitted).toHaveBeenCalledTimes(1);
    form.addEventListener('keydown', (event) => event.preventDefault());
    enter(title, { metaKey: true });
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('selects the text of a filled picker when it is focused, so typing replaces the chosen name', () => {
    uninstall = installFormKeys(document);
    const { input } = picker(['Priya Shah', 'Samira Haddad'], { value: 'Priya Shah' });
    input.focus();
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 'Priya Shah'.length]);
  });
});
