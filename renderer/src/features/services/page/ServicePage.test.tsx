import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ServiceDetail } from '../../../../../shared/api/services-api';
import { apiError } from '../../../test/fake-api';
import { openInfo, person, readableAuditEntry } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import type { FakeHandlers } from '../../../test/fake-api';
import { impactOf, serviceDetail } from '../test-fixtures';

const identity = serviceDetail({
  id: 2,
  code: 'SVC-002',
  name: 'Identity',
  lifecycle: 'live',
  criticality: 1,
  nextReviewDate: '2020-02-01',
  dependsOn: [{ id: 1, code: 'SVC-001', name: 'Network', lifecycle: 'live' }],
  dependents: [{ id: 3, code: 'SVC-003', name: 'Email', lifecycle: 'live' }],
  contracts: [
    { id: 1, title: 'Directory support', kind: 'underpinning', supplierName: 'Contoso', endDate: '2020-01-01' },
    { id: 2, title: 'MFA tokens', kind: 'underpinning', supplierName: 'Fabrikam', endDate: null },
  ],
  slas: [{ id: 5, code: 'SLA-005', name: 'Sign-in availability', status: 'agreed' }],
  risks: [{ id: 9, code: 'RSK-009', title: 'Directory outage', status: 'open' }],
});

const identityImpact = impactOf(
  identity,
  [
    { id: 1, code: 'SVC-001', name: 'Network', lifecycle: 'live', criticality: 1, relation: 'dependsOn', depth: 1 },
    { id: 3, code: 'SVC-003', name: 'Email', lifecycle: 'live', criticality: 2, relation: 'dependent', depth: 1 },
    { id: 4, code: 'SVC-004', name: 'Payroll', lifecycle: 'live', criticality: 1, relation: 'dependent', depth: 2 },
  ],
  [
    { serviceId: 2, dependsOnId: 1 },
    { serviceId: 3, dependsOnId: 2 },
    { serviceId: 4, dependsOnId: 3 },
  ],
);

function renderPage(service: ServiceDetail = identity, handlers: FakeHandlers = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'services.get': ({ id }) => {
        if (id !== service.id) throw apiError({ code: 'not_found', message: `There is no service with id ${id}.`, field: 'id' });
        return service;
      },
      'services.impact': () => identityImpact,
      'people.list': () => [person({ id: 1, name: 'Priya Shah' }), person({ id: 2, name: 'Daniel Kowalski' })],
      'audit.search': ({ filter }) => ({
        entries: [
          readableAuditEntry({
            id: 2,
            entity: filter?.entity ?? 'service',
            entityLabel: 'Service',
            entityId: filter?.entityId ?? '2',
            recordCode: 'SVC-002',
            recordName: 'Identity',
            actorName: 'Priya Shah',
            changes: [
              { field: 'lifecycle', label: 'Lifecycle', before: 'Pipeline', after: 'Live', type: 'text' },
              { field: 'ownerId', label: 'Owner', before: 'Priya Shah', after: 'Daniel Kowalski', type: 'text' },
              { field: 'nextReviewDate', label: 'Next review', before: null, after: '2027-03-01', type: 'date' },
            ],
          }),
          readableAuditEntry({
            id: 1,
            entity: 'service',
            entityId: '2',
            action: 'create',
            changes: [{ field: 'name', label: 'Name', before: null, after: 'Identity', type: 'text' }],
          }),
        ],
        nextBeforeId: null,
      }),
      ...handlers,
    },
    { path: `/services/${service.id}` },
  );
}

describe('ServicePage', () => {
  it('shows the header, the description as Markdown and the facts, marking an overdue review', async () => {
    renderPage();

    expect(await screen.findByRole('heading', { name: 'Identity', level: 2 })).toBeInTheDocument();
    expect(screen.getByText('Wired network', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('Core switching', { selector: 'li' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Facts' });
    expect(within(facts).getByText(/days overdue/)).toBeInTheDocument();
    expect(within(facts).getByText('Priya Shah')).toBeInTheDocument();
  });

  it('flags ended contracts and links SLAs and risks to their screens', async () => {
    renderPage();
    const contracts = await screen.findByRole('region', { name: /Contracts and OLAs/ });
    expect(within(contracts).getByText(/^Ended/)).toBeInTheDocument();
    expect(within(contracts).getByText('No end date')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'SLA-005 Sign-in availability' })).toHaveAttribute('href', '/slas/5');
    expect(screen.getByRole('link', { name: 'RSK-009 Directory outage' })).toHaveAttribute('href', '/risks/9');
    expect(screen.getByRole('link', { name: 'New risk' })).toHaveAttribute('href', expect.stringMatching(/^\/risks\/new\?service=\d+$/));
  });

  it('lists what it depends on and, transitively, what a failure hits', async () => {
    renderPage();
    const hit = await screen.findByRole('region', { name: 'If this fails, these are hit: 2 services' });
    expect(within(hit).getByRole('link', { name: /SVC-003 Email/ })).toHaveAttribute('href', '/services/3');
    expect(within(hit).getByRole('link', { name: /SVC-004 Payroll/ })).toBeInTheDocument();
    expect(within(hit).getByText('Including 1 tier 1 service.')).toBeInTheDocument();
    const needs = screen.getByRole('region', { name: 'Depends on: 1 service' });
    expect(within(needs).getByRole('link', { name: /SVC-001 Network/ })).toBeInTheDocument();
  });

  it("shows the record's own history field by field, owners by name, dates in the locale's format", async () => {
    const { inputsOf } = renderPage();
    const history = await screen.findByRole('region', { name: 'History' });
    const list = await within(history).findByRole('list', { name: 'History of SVC-002' });
    const [changed, created] = within(list).getAllByRole('listitem');
    expect(changed).toHaveTextContent('Lifecycle: Pipeline → Live');
    expect(changed).toHaveTextContent('Owner: Priya Shah → Daniel Kowalski');
    expect(changed).toHaveTextContent(`Next review: — → ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2027, 2, 1))}`);
    expect(changed).not.toHaveTextContent('SVC-002');
    expect(created).toHaveTextContent('Created this record');
    expect(within(history).getByRole('link', { name: 'Open in the audit trail' })).toHaveAttribute('href', '/settings/audit?kind=service&record=2');
    expect(inputsOf('audit.search')).toEqual([{ filter: { entity: 'service', entityId: '2', withReviews: true }, limit: 10 }]);
  });

  it('when the API refuses a delete, shows its reason and offers to retire instead', async () => {
    const reason = 'SVC-002 Identity cannot be deleted: 1 service depends on it (SVC-003). Retire it instead to keep the history.';
    const { user, inputsOf } = renderPage(identity, {
      'services.delete': () => {
        throw apiError({ code: 'conflict', message: reason });
      },
      'services.update': (input) => ({ ...identity, lifecycle: input.lifecycle ?? identity.lifecycle }),
    });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete SVC-002 Identity?' })).getByRole('button', { name: 'Delete service' }));

    const refusal = await screen.findByRole('dialog', { name: 'SVC-002 cannot be deleted' });
    expect(within(refusal).getByText(reason)).toBeInTheDocument();
    await user.click(within(refusal).getByRole('button', { name: 'Retire instead' }));

    await waitFor(() => expect(inputsOf('services.update')).toEqual([{ id: 2, lifecycle: 'retired' }]));
    expect(await screen.findByText('Retired SVC-002 Identity')).toBeInTheDocument();
  });

  it('deletes a service nothing uses and goes back to the catalogue', async () => {
    const lonely = serviceDetail({ id: 8, code: 'SVC-008', name: 'Fax', dependents: [] });
    const { user, history, inputsOf } = renderPage(lonely, {
      'services.delete': ({ id }) => ({ deleted: { id, code: 'SVC-008', name: 'Fax', lifecycle: 'live' } }),
      'services.list': () => ({ rows: [], total: 0 }),
      'services.facets': () => ({ categories: [], tags: [], customers: [], owners: [] }),
      'views.list': () => [],
    });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete service' }));

    await waitFor(() => expect(history.at(-1)).toBe('/services'));
    expect(inputsOf('services.delete')).toEqual([{ id: 8 }]);
    expect(await screen.findByText('Deleted SVC-008 Fax')).toBeInTheDocument();
  });

  it('retires after confirmation, warning about dependents', async () => {
    const { user, inputsOf } = renderPage(identity, { 'services.update': (input) => ({ ...identity, lifecycle: input.lifecycle ?? 'live' }) });

    await user.click(await screen.findByRole('button', { name: 'Retire' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retire SVC-002 Identity?' });
    expect(within(dialog).getByText(/1 service depends on it directly/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Retire service' }));

    await waitFor(() => expect(inputsOf('services.update')).toEqual([{ id: 2, lifecycle: 'retired' }]));
  });

  it('duplicates into the pipeline and opens the copy', async () => {
    const { user, history, inputsOf } = renderPage(identity, {
      'services.duplicate': () => serviceDetail({ id: 31, code: 'SVC-031', name: 'Identity (copy)', lifecycle: 'pipeline' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Duplicate' }));

    await waitFor(() => expect(history.at(-1)).toBe('/services/31'));
    expect(inputsOf('services.duplicate')).toEqual([{ id: 2 }]);
    expect(await screen.findByText('Duplicated as SVC-031')).toBeInTheDocument();
  });

  it('says so when the service does not exist', async () => {
    renderApp(
      {
        'workspace.info': () => openInfo(),
        'services.get': () => {
          throw apiError({ code: 'not_found', message: 'There is no service with id 99.' });
        },
      },
      { path: '/services/99' },
    );
    expect(await screen.findByText('There is no service #99')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the catalogue' })).toHaveAttribute('href', '/services');
  });
});
