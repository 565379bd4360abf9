import { MantineProvider, Select, TextInput } from '@mantine/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { RecordFormPage } from './RecordFormPage';
import { focusFirstError } from './focus-first-error';

const shell = (children: ReactNode) => (
  <MantineProvider env="test">
    <Router hook={memoryLocation({ path: '/services/3/edit' }).hook}>{children}</Router>
  </MantineProvider>
);
const page = (queries: Array<{ data: unknown; error: unknown; reload: () => void }>, extra: Partial<Parameters<typeof RecordFormPage>[0]> = {}) =>
  shell(
    <RecordFormPage
      list={{ label: 'Services', href: '/services' }}
      record={{ code: 'SVC-003', name: 'Email', href: '/services/3' }}
      step="Edit"
      title="Edit SVC-003"
      queries={queries}
      failureTitle="The service could not be loaded"
      skeleton={[100, 200]}
      {...extra}
    >
      {() => <form aria-label="Service form" />}
    </RecordFormPage>,
  );

describe('the record form page every full-page form uses', () => {
  it('shows the breadcrumbs and title, placeholders while loading, then the form', () => {
    const loading = { data: undefined, error: null, reload: () => {} };
    const { rerender } = render(page([loading]));
    expect(screen.getByRole('link', { name: 'Services' }).getAttribute('href')).toBe('/services');
    expect(screen.getByRole('link', { name: 'SVC-003' }).getAttribute('href')).toBe('/services/3');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Edit SVC-003 Email');
    expect(screen.getByLabelText('Loading the form').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByRole('form')).toBeNull();
    rerender(page([{ data: { id: 3 }, error: null, reload: () => {} }]));
    expect(screen.getByRole('form', { name: 'Service form' })).toBeTruthy();
    rerender(page([{ data: { id: 3 }, error: null, reload: () => {} }], { ready: false }));
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('says what failed with a way to try again, and shows "not found" instead of everything', () => {
    const reload = vi.fn();
    const { rerender } = render(
      page([
        { data: { id: 1 }, error: null, reload: () => {} },
        { data: undefined, error: new Error('disk unplugged'), reload },
      ]),
    );
    expect(screen.getByText('The service could not be loaded')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /try again/i }));
    expect(reload).toHaveBeenCalledTimes(1);
    rerender(page([], { notFound: <p>There is no service 3.</p> }));
    expect(screen.getByText('There is no service 3.')).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });
});

describe('bringing the first problem into view after a refused save', () => {
  it('focuses a plain field but only scrolls to a select, so its list does not cover its message', () => {
    vi.useFakeTimers();
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    try {
      const { rerender } = render(
        shell(
          <form>
            <TextInput label="Name" error="Name is required." />
            <Select label="Owner" data={['Ann']} />
          </form>,
        ),
      );
      focusFirstError();
      act(() => void vi.runAllTimers());
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
      rerender(
        shell(
          <form>
            <TextInput label="Name" />
            <Select label="Owner" data={['Ann']} error="Pick an owner." />
          </form>,
        ),
      );
      (document.activeElement as HTMLElement).blur();
      focusFirstError();
      act(() => void vi.runAllTimers());
      expect(scrolled).toHaveBeenCalledTimes(1);
      expect(document.activeElement).toBe(document.body);
    } finally {
      vi.useRealTimers();
    }
  });
});
