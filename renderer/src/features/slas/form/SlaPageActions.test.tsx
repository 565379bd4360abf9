import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, type FakeHandlers } from '../../../test/fake-api';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { sampleSlaDetail } from '../test-fixtures';

function renderPage(handlers: FakeHandlers) {
  return renderApp(
    { 'workspace.info': () => openInfo(), 'slas.get': () => sampleSlaDetail(), 'slas.list': () => [], 'slas.breaches': () => [], ...handlers },
    { path: '/slas/1' },
  );
}

describe('SLA page actions', () => {
  it('links to the edit form', async () => {
    renderPage({});
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/slas/1/edit');
  });

  it('keeps the API’s reason in the dialog when the delete is refused', async () => {
    const reason = 'SLA-001 Email for Finance cannot be deleted: it has 12 recorded results. Mark it expired instead to keep its record.';
    const { user, history } = renderPage({
      'slas.delete': () => {
        throw apiError({ code: 'conflict', message: reason });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete SLA-001 Email for Finance?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete SLA' }));
    expect(await within(dialog).findByText(reason)).toBeInTheDocument();
    expect(history.at(-1)).toBe('/slas/1');
  });

  it('deletes after confirmation and goes to the list', async () => {
    const { user, history, inputsOf } = renderPage({ 'slas.delete': () => ({ deleted: { id: 1, code: 'SLA-001', name: 'Email for Finance' } }) });
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete SLA-001 Email for Finance?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete SLA' }));
    await waitFor(() => expect(history.at(-1)).toBe('/slas'));
    expect(inputsOf('slas.delete')).toEqual([{ id: 1 }]);
  });
});
