import type { KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { handlePageFormKeys, type PageFormKeys } from './page-form-keys';

function press(key: string, target: HTMLElement, modifiers: { ctrlKey?: boolean; shiftKey?: boolean } = {}) {
  const event = { key, target, ctrlKey: false, metaKey: false, shiftKey: false, defaultPrevented: false, preventDefault: vi.fn(), ...modifiers };
  return event;
}

function keys(plainEnter: PageFormKeys['plainEnter'], saving = false) {
  return { submit: vi.fn(), cancel: vi.fn(), saving, plainEnter };
}

describe('handlePageFormKeys', () => {
  const input = () => document.createElement('input');

  it('saves on Ctrl+Enter, not while saving, and cancels on Esc unless a list is open', () => {
    const form = keys('ignored');
    handlePageFormKeys(press('Enter', input(), { ctrlKey: true }) as unknown as KeyboardEvent<HTMLFormElement>, form);
    expect(form.submit).toHaveBeenCalledTimes(1);
    const busy = keys('ignored', true);
    handlePageFormKeys(press('Enter', input(), { ctrlKey: true }) as unknown as KeyboardEvent<HTMLFormElement>, busy);
    expect(busy.submit).not.toHaveBeenCalled();

    handlePageFormKeys(press('Escape', input()) as unknown as KeyboardEvent<HTMLFormElement>, form);
    expect(form.cancel).toHaveBeenCalledTimes(1);
    const combobox = input();
    combobox.setAttribute('aria-expanded', 'true');
    handlePageFormKeys(press('Escape', combobox) as unknown as KeyboardEvent<HTMLFormElement>, form);
    expect(form.cancel).toHaveBeenCalledTimes(1);
  });

  it('keeps plain Enter in a line from sending a long form, but lets a short form send it', () => {
    const ignored = press('Enter', input());
    handlePageFormKeys(ignored as unknown as KeyboardEvent<HTMLFormElement>, keys('ignored'));
    expect(ignored.preventDefault).toHaveBeenCalled();
    const submits = press('Enter', input());
    handlePageFormKeys(submits as unknown as KeyboardEvent<HTMLFormElement>, keys('submits'));
    expect(submits.preventDefault).not.toHaveBeenCalled();
  });
});
