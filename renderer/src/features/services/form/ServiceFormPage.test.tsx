import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ServiceDetail } from '../../../../../shared/api/services-api';
import { apiError, type FakeHandlers } from '../../../test/fake-api';
import { openInfo, person } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { listServicesFrom, sampleCatalogue, sampleFacets, serviceDetail } from '../test-fixtures';

const network = serviceDetail({ id: 1, code: 'SVC-001', name: 'Network', ownerId: 1, dependsOn: [] });

function renderForm(path: string, handlers: FakeHandlers = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'services.list': listServicesFrom(sampleCatalogue()),
      'services.facets': () => sampleFacets(),
      'services.suggestCode': () => ({ code: 'SVC-010' }),
      'services.get': ({ id }) => ({ ...network, id }) as ServiceDetail,
      'people.list': () => [
        person({ id: 1, name: 'Priya Shah' }),
        person({ id: 2, name: 'Daniel Kowalski' }),
        person({ id: 3, name: 'Old Owner', active: false }),
      ],
      ...handlers,
    },
    { path },
  );
}

const created = (input: { code?: string; name: string }) => serviceDetail({ id: 10, code: input.code ?? 'SVC-010', name: input.name });

describe('Service form', () => {
  it('creates a service with the suggested code, a dependency and the defaults', async () => {
    const { user, inputsOf, history } = renderForm('/services/new', { 'services.create': (input) => created(input) });

    const code = await screen.findByRole('textbox', { name: /Code/ });
    expect(code).toHaveValue('SVC-010');
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Patient portal');
    await user.click(screen.getByRole('combobox', { name: 'Depends on' }));
    await user.type(screen.getByRole('combobox', { name: 'Depends on' }), 'ident');
    await user.click(await screen.findByRole('option', { name: 'SVC-002 Identity' }));
    await user.click(screen.getByRole('button', { name: 'Add service' }));

    await waitFor(() => expect(history.at(-1)).toBe('/services/10'));
    expect(inputsOf('services.create')).toEqual([
      {
        code: 'SVC-010',
        name: 'Patient portal',
        description: '',
        category: '',
        kind: 'customer-facing',
        lifecycle: 'pipeline',
        ownerId: null,
        customers: [],
        criticality: 3,
        serviceHours: { mode: '24x7' },
        supportContact: '',
        tags: [],
        lastReviewDate: '',
        nextReviewDate: '',
        dependsOn: [2],
      },
    ]);
    expect(await screen.findByText('Added SVC-010 Patient portal')).toBeInTheDocument();
    // The empty form is replaced in the history: Back goes to where "New service" was pressed.
    expect(history).not.toContain('/services/new');
  });

  it('validates in the browser with the API schema before sending', async () => {
    const { user, inputsOf } = renderForm('/services/new');
    await screen.findByRole('textbox', { name: /Code/ });

    await user.clear(screen.getByRole('textbox', { name: /Code/ }));
    await user.click(screen.getByRole('button', { name: 'Add service' }));

    expect(await screen.findByText('Name is required')).toBeInTheDocument();
    expect(screen.getByText('Code is required')).toBeInTheDocument();
    expect(inputsOf('services.create')).toEqual([]);
  });

  it('shows a duplicate code under Code', async () => {
    const message = 'Code: SVC-001 is already used by "Network".';
    const { user } = renderForm('/services/new', {
      'services.create': () => {
        throw apiError({ code: 'conflict', message, field: 'code' });
      },
    });
    const code = await screen.findByRole('textbox', { name: /Code/ });
    await user.clear(code);
    await user.type(code, 'SVC-001');
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Another network');
    await user.click(screen.getByRole('button', { name: 'Add service' }));

    await waitFor(() => expect(code).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Could not add the service')).toBeInTheDocument();
  });

  it('shows a dependency cycle under Depends on, and sends only the changed fields', async () => {
    const message = 'Depends on: this would make a dependency cycle: SVC-001 Network → SVC-003 Email → SVC-002 Identity → SVC-001 Network.';
    const { user, inputsOf, history } = renderForm('/services/1/edit', {
      'services.update': () => {
        throw apiError({ code: 'invalid_input', message, field: 'dependsOn' });
      },
    });

    const dependsOn = await screen.findByRole('combobox', { name: 'Depends on' });
    await user.click(dependsOn);
    await user.click(await screen.findByRole('option', { name: 'SVC-003 Email' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(within(screen.getByRole('form')).getByText(message)).toBeInTheDocument());
    expect(dependsOn).toHaveAttribute('aria-invalid', 'true');
    expect(dependsOn).toHaveAccessibleDescription(expect.stringContaining('dependency cycle'));
    expect(inputsOf('services.update')).toEqual([{ id: 1, dependsOn: [3] }]);
    expect(history.at(-1)).toBe('/services/1/edit');
  });

  it('edits weekly service hours with presets and sends the calendar', async () => {
    const { user, inputsOf } = renderForm('/services/new', { 'services.create': (input) => created(input) });
    await user.type(await screen.findByRole('textbox', { name: /Name/ }), 'Service desk');

    await user.click(screen.getByText('Weekly hours'));
    expect(screen.getByRole('textbox', { name: 'Monday from' })).toHaveValue('08:00');
    await user.click(screen.getByRole('button', { name: 'Mon–Sat 07:00–19:00' }));
    const saturdayTo = screen.getByRole('textbox', { name: 'Saturday to' });
    await user.clear(saturdayTo);
    await user.type(saturdayTo, '13');
    await user.tab();
    expect(saturdayTo).toHaveValue('13:00');
    await user.click(screen.getByRole('button', { name: 'Add hours on Sunday' }));
    expect(screen.getByText('Mon-Fri 07:00-19:00; Sat 07:00-13:00; Sun 08:00-18:00 · 76 hours a week')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Sunday' }));
    await user.click(screen.getByRole('button', { name: 'Add service' }));

    await waitFor(() => expect(inputsOf('services.create')).toHaveLength(1));
    const days = ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, from: '07:00', to: '19:00' }));
    expect((inputsOf('services.create')[0] as { serviceHours: unknown }).serviceHours).toEqual({
      mode: 'weekly',
      windows: [...days, { day: 'sat', from: '07:00', to: '13:00' }],
    });
  });

  it('shows a window that ends before it starts at that window, and sends nothing', async () => {
    const { user, inputsOf } = renderForm('/services/new');
    await user.type(await screen.findByRole('textbox', { name: /Name/ }), 'Printing');
    await user.click(screen.getByText('Weekly hours'));
    const tuesdayTo = screen.getByRole('textbox', { name: 'Tuesday to' });
    await user.clear(tuesdayTo);
    await user.type(tuesdayTo, '07:00');
    await user.click(screen.getByRole('button', { name: 'Add service' }));

    expect(await screen.findByText('To must end after it starts')).toBeInTheDocument();
    expect(tuesdayTo).toHaveAttribute('aria-invalid', 'true');
    expect(inputsOf('services.create')).toEqual([]);

    // A preset replaces the calendar, and the message about the old window goes with it.
    await user.click(screen.getByRole('button', { name: 'Mon–Fri 08:00–18:00' }));
    expect(screen.queryByText('To must end after it starts')).not.toBeInTheDocument();
  });

  it('asks before discarding changes on Esc, and saves with Ctrl+Enter', async () => {
    const { user, inputsOf, history } = renderForm('/services/1/edit', { 'services.update': (input) => ({ ...network, ...input }) as ServiceDetail });
    const name = await screen.findByRole('textbox', { name: /Name/ });
    await user.clear(name);
    await user.type(name, 'Network (LAN)');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    const dialog = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(history.at(-1)).toBe('/services/1/edit');

    name.focus();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(history.at(-1)).toBe('/services/1'));
    expect(inputsOf('services.update')).toEqual([{ id: 1, name: 'Network (LAN)' }]);
  });

  it('offers active people as owners, keeping an inactive current owner', async () => {
    const { user } = renderForm('/services/1/edit', { 'services.get': () => ({ ...network, ownerId: 3, ownerName: 'Old Owner' }) });
    const owner = await screen.findByRole('combobox', { name: 'Owner' });
    expect(owner).toHaveValue('Old Owner (inactive)');
    await user.click(owner);
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Priya Shah', 'Daniel Kowalski', 'Old Owner (inactive)']);
  });
});
