import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serviceDetail } from '../../test/catalogue-fixtures';
import { summaryOfDetail } from '../services/test-fixtures';
import { openInfo } from '../../test/fixtures';
import { renderApp } from '../../test/render-app';

const services = [
  serviceDetail({
    id: 1,
    code: 'SVC-001',
    name: 'Email',
    category: 'Communication',
    description: '## Scope\nMail for **all staff**.',
    ownerName: 'Priya Shah',
  }),
  serviceDetail({ id: 2, code: 'SVC-002', name: 'Wi-Fi', category: 'Infrastructure', description: '', supportContact: null, customers: [] }),
  serviceDetail({ id: 3, code: 'SVC-003', name: 'Backup', category: 'Infrastructure' }),
  serviceDetail({ id: 4, code: 'SVC-004', name: 'Old fax gateway', category: null, lifecycle: 'retired' }),
];

function renderDocument() {
  return renderApp(
    {
      'workspace.info': () => openInfo({ organisationName: 'Northwind Health Trust' }),
      'people.list': () => [],
      'services.list': ({ lifecycle }) => {
        const rows = services.filter((s) => !lifecycle || lifecycle.includes(s.lifecycle)).map((s) => summaryOfDetail(s));
        return { rows, total: rows.length };
      },
      'services.get': ({ id }) => services.find((s) => s.id === id)!,
    },
    { path: '/services/catalogue-document?back=%2Fservices' },
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('CatalogueDocument', () => {
  it('lists the live services by category with contents, markdown descriptions and their details', async () => {
    const { inputsOf } = renderDocument();

    const document = await screen.findByRole('article', { name: 'Service catalogue document' });
    await within(document).findByRole('heading', { name: 'Communication' });
    expect(within(document).getByRole('heading', { level: 1, name: 'Northwind Health Trust' })).toBeInTheDocument();
    expect(inputsOf('services.list')).toEqual([{ lifecycle: ['live'], limit: 10_000, sort: { column: 'name', direction: 'asc' } }]);

    const contents = within(document).getByRole('navigation', { name: 'Contents' });
    expect(
      within(contents)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Communication', 'Email', 'Infrastructure', 'Backup', 'Wi-Fi']);
    expect(within(document).queryByText('Old fax gateway')).not.toBeInTheDocument();

    const email = within(document).getByRole('article', { name: /Email/ });
    expect(within(email).getByText('all staff').tagName).toBe('STRONG');
    expect(within(email).getByRole('heading', { name: 'Scope' }).tagName).toBe('H4');
    expect(within(email).getByText('Priya Shah')).toBeInTheDocument();
    const wifi = within(document).getByRole('article', { name: /Wi-Fi/ });
    expect(within(wifi).getByText('No description yet.')).toBeInTheDocument();
    expect(within(wifi).getAllByText('Not stated')).toHaveLength(2);
    expect(document).toHaveAttribute('data-ready', 'true');
  });

  it('prints from the button, links back, and marks the page for the print rules while open', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user } = renderDocument();

    const button = await screen.findByRole('button', { name: 'Print / Save as PDF' });
    await screen.findByRole('heading', { name: 'Communication' });
    await user.click(button);

    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/services');
    expect(document.body).toHaveAttribute('data-print-document');
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(document.body).not.toHaveAttribute('data-print-document');
  });
});
