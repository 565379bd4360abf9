import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptySummary, openInfo } from '../../test/fixtures';
import { malformedOnPurpose } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { ErrorBoundary } from './ErrorBoundary';

const failure = { on: true };
function Fragile() {
  if (failure.on) throw new Error('The risk matrix has no bands.');
  return <p>Screen content</p>;
}

function renderBoundary(onGoHome = vi.fn()) {
  render(
    <MantineProvider env="test">
      <Notifications />
      <ErrorBoundary onGoHome={onGoHome}>
        <Fragile />
      </ErrorBoundary>
    </MantineProvider>,
  );
  return { onGoHome, user: userEvent.setup() };
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    failure.on = true;
    // React reports caught render errors on the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('renders a friendly panel with the message instead of a blank screen', () => {
    renderBoundary();
    const panel = screen.getByRole('alert');
    expect(within(panel).getByRole('heading', { name: 'This screen ran into a problem' })).toBeInTheDocument();
    expect(within(panel).getByText('The risk matrix has no bands.')).toBeInTheDocument();
    for (const name of ['Try again', 'Go to dashboard', 'Copy details']) {
      expect(within(panel).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.queryByText('Screen content')).not.toBeInTheDocument();
  });

  it('renders the screen again on "Try again" once the cause is gone', async () => {
    const { user } = renderBoundary();
    failure.on = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Screen content')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('leaves for the dashboard on "Go to dashboard"', async () => {
    const { user, onGoHome } = renderBoundary();
    failure.on = false;
    await user.click(screen.getByRole('button', { name: 'Go to dashboard' }));
    expect(onGoHome).toHaveBeenCalledOnce();
    expect(screen.getByText('Screen content')).toBeInTheDocument();
  });

  it('copies a report with the error message to the clipboard', async () => {
    const { user } = renderBoundary();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy details' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Error: The risk matrix has no bands.'));
    expect(await screen.findByText('Error details copied')).toBeInTheDocument();
  });

  it('keeps the shell usable when one screen breaks on a malformed answer', async () => {
    const { user } = renderApp({
      'workspace.info': () => openInfo(),
      // A summary without counts makes the dashboard throw while rendering.
      'dashboard.summary': () => malformedOnPurpose({ ...emptySummary(), counts: undefined }),
      'people.list': () => [],
      'settings.get': () => ({ organisationName: 'Acme IT', currentPersonId: null }),
    });

    expect(await screen.findByRole('heading', { name: 'This screen ran into a problem' })).toBeInTheDocument();
    // Navigation still works and the boundary resets on the new route.
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'This screen ran into a problem' })).not.toBeInTheDocument());
    expect(await screen.findByLabelText(/Organisation name/)).toHaveValue('Acme IT');
  });
});
