import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptySummary, openInfo, welcomeInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

function pressModK() {
  fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true });
}

describe('CommandPalette', () => {
  it('opens with Ctrl+K and lists every screen', async () => {
    renderApp({ 'workspace.info': () => openInfo(), 'dashboard.summary': () => emptySummary(), 'people.list': () => [] });
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(screen.queryByRole('textbox', { name: 'Command palette search' })).not.toBeInTheDocument();

    pressModK();

    const search = await screen.findByRole('textbox', { name: 'Command palette search' });
    expect(search).toHaveFocus();
    for (const label of ['Dashboard', 'Services', 'SLAs', 'Risks', 'Reviews', 'Management review', 'Settings']) {
      expect(screen.getByRole('button', { name: new RegExp(`^Go to ${label}`) })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: /^Back up now/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Theme: dark/ })).toBeInTheDocument();
  });

  it('filters commands by the words typed and runs the chosen one', async () => {
    const { user, history } = renderApp({
      'workspace.info': () => openInfo(),
      'dashboard.summary': () => emptySummary(),
      'people.list': () => [],
      'search.records': () => [],
    });
    await screen.findByRole('heading', { name: 'Dashboard' });
    pressModK();

    await user.type(await screen.findByRole('textbox', { name: 'Command palette search' }), 'audit');

    expect(screen.queryByRole('button', { name: /^Go to Services/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Go to Audit trail/ }));
    expect(history.at(-1)).toBe('/settings/audit');
    expect(await screen.findByRole('tab', { name: 'Audit trail', selected: true })).toBeInTheDocument();
  });

  it('goes straight to a form, an import or a view by what it does', async () => {
    const { user, history } = renderApp({
      'workspace.info': () => openInfo(),
      'dashboard.summary': () => emptySummary(),
      'people.list': () => [],
      'search.records': () => [],
    });
    await screen.findByRole('heading', { name: 'Dashboard' });
    pressModK();

    // "appetite" is not in the label: the keywords find the matrix settings.
    await user.type(await screen.findByRole('textbox', { name: 'Command palette search' }), 'appetite');
    await user.click(screen.getByRole('button', { name: /^Risk matrix settings/ }));
    expect(history.at(-1)).toBe('/settings/risk-matrix');

    pressModK();
    const search = await screen.findByRole('textbox', { name: 'Command palette search' });
    await user.clear(search);
    await user.type(search, 'overdue');
    await user.click(screen.getByRole('button', { name: /^Overdue actions/ }));
    expect(history.at(-1)).toBe('/actions?overdue=1');
  });

  it('finds records with search.records and goes to the record on selection', async () => {
    const { user, history, inputsOf } = renderApp({
      'workspace.info': () => openInfo(),
      'dashboard.summary': () => emptySummary(),
      'people.list': () => [],
      'search.records': ({ text }) =>
        text.toLowerCase().startsWith('email') ? [{ kind: 'service', id: 12, code: 'SVC-012', title: 'Email and calendar', subtitle: 'live' }] : [],
    });
    await screen.findByRole('heading', { name: 'Dashboard' });
    pressModK();

    await user.type(await screen.findByRole('textbox', { name: 'Command palette search' }), 'email');

    const hit = await screen.findByRole('button', { name: /SVC-012 · Email and calendar/ });
    expect(within(hit).getByText('Service · live')).toBeInTheDocument();
    // Debounced: one search for the whole word, not one per key.
    expect(inputsOf('search.records')).toEqual([{ text: 'email', limit: 12 }]);
    await user.click(hit);
    expect(history.at(-1)).toBe('/services/12');
    // Services have their own page now: it asks for the one picked.
    await waitFor(() => expect(inputsOf('services.get')).toEqual([{ id: 12 }]));
  });

  it('opens the only match with Enter, also when it arrived after the typing', async () => {
    const { user, history } = renderApp({
      'workspace.info': () => openInfo(),
      'dashboard.summary': () => emptySummary(),
      'people.list': () => [],
      'search.records': ({ text }) =>
        text === 'RSK-023' ? [{ kind: 'risk', id: 23, code: 'RSK-023', title: 'Ransomware encrypts servers', subtitle: 'treating' }] : [],
    });
    await screen.findByRole('heading', { name: 'Dashboard' });
    pressModK();
    const search = await screen.findByRole('textbox', { name: 'Command palette search' });
    await user.type(search, 'RSK-023');
    await screen.findByRole('button', { name: /RSK-023 · Ransomware/ });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(history.at(-1)).toBe('/risks/23'));
  });

  it('offers only workspace actions on the welcome screen and never searches records there', async () => {
    const { user, inputsOf } = renderApp({ 'workspace.info': () => welcomeInfo() });
    await screen.findByRole('button', { name: /Open demo workspace/ });
    pressModK();

    const search = await screen.findByRole('textbox', { name: 'Command palette search' });
    const palette = screen.getByRole('dialog');
    expect(within(palette).queryByRole('button', { name: /^Go to Dashboard/ })).not.toBeInTheDocument();
    expect(within(palette).getByRole('button', { name: /^New empty workspace/ })).toBeInTheDocument();
    expect(within(palette).getByRole('button', { name: /^Open demo workspace/ })).toBeInTheDocument();
    await user.type(search, 'zzz');
    await waitFor(() => expect(within(palette).getByText('Nothing found')).toBeInTheDocument());
    expect(inputsOf('search.records')).toEqual([]);
  });
});
