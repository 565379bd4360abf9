import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SlaDetail } from '../../../../../shared/api/slas-api';
import { apiError, type FakeHandlers } from '../../../test/fake-api';
import { openInfo } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { listServicesFrom, sampleCatalogue, sampleFacets } from '../../services/test-fixtures';
import { sampleSlaDetail } from '../test-fixtures';

const saved = (overrides: Partial<SlaDetail> = {}) => sampleSlaDetail({ effectiveServiceHours: { mode: '24x7' }, serviceHoursText: '24x7', ...overrides });

function renderForm(path: string, handlers: FakeHandlers = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo(),
      'services.list': listServicesFrom(sampleCatalogue()),
      'services.facets': () => sampleFacets(),
      'slas.suggestCode': () => ({ code: 'SLA-004' }),
      'slas.get': ({ id }) => saved({ id }),
      ...handlers,
    },
    { path },
  );
}

const row = (name: RegExp) => screen.getByRole('group', { name });

describe('SLA form', () => {
  it('creates an SLA with a target of each kind in one call, the service preselected from the link', async () => {
    const { user, inputsOf, history } = renderForm('/slas/new?serviceId=3', {
      'slas.create': () => saved({ id: 4, code: 'SLA-004', name: 'Email for Finance' }),
    });

    expect(await screen.findByRole('textbox', { name: /Code/ })).toHaveValue('SLA-004');
    expect(screen.getByRole('combobox', { name: /^Service/ })).toHaveValue('SVC-003 Email');
    expect(screen.getByLabelText("The service's hours")).toHaveTextContent('24x7 (the hours of SVC-003 Email)');
    await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Email for Finance');
    await user.type(screen.getByRole('combobox', { name: /^Customer/ }), 'Finance');

    await user.click(screen.getByRole('button', { name: 'Add availability target' }));
    expect(screen.getByLabelText('Target 1 allowed downtime')).toHaveTextContent('99.9% allows 43.2 min downtime in a 30-day 24×7 month');
    await user.click(screen.getByRole('button', { name: 'Add resolution time target' }));
    await user.click(screen.getByRole('button', { name: 'Add custom measure target' }));
    const custom = row(/^Target 3/);
    await user.type(within(custom).getByRole('textbox', { name: /^Label/ }), 'Customer satisfaction');
    await user.type(within(custom).getByRole('textbox', { name: /^Unit/ }), '/5');
    await user.type(within(custom).getByRole('textbox', { name: /^Target/ }), '4.2');
    await user.type(within(custom).getByRole('textbox', { name: /^Warning/ }), '4.4');
    await user.click(screen.getByRole('button', { name: 'Add workload limit target' }));
    await user.type(within(row(/^Target 4/)).getByRole('textbox', { name: /^At most/ }), '400');
    await user.click(screen.getByRole('button', { name: 'Add SLA' }));

    await waitFor(() => expect(history.at(-1)).toBe('/slas/4'));
    expect(inputsOf('slas.create')).toEqual([
      {
        serviceId: 3,
        code: 'SLA-004',
        name: 'Email for Finance',
        customer: 'Finance',
        status: 'draft',
        validFrom: null,
        validTo: null,
        reviewDate: null,
        serviceHours: null,
        exceptions: '',
        targets: [
          { kind: 'availability', label: null, target: 99.9, warning: null },
          { kind: 'resolution', label: null, target: 95, warning: null, priority: 'P1', timeLimitMinutes: 240 },
          { kind: 'custom', label: 'Customer satisfaction', target: 4.2, warning: 4.4, unit: '/5', direction: 'higher' },
          { kind: 'workload', label: null, target: 400, warning: null, unit: 'tickets', direction: 'lower' },
        ],
      },
    ]);
  });

  it('names the field of every problem and sends nothing', async () => {
    const { user, inputsOf } = renderForm('/slas/new');
    await screen.findByRole('textbox', { name: /Code/ });
    await user.click(screen.getByRole('radio', { name: 'Agreed' }));
    await user.type(screen.getByLabelText('Valid from', { exact: false }), '2026-06-01');
    await user.type(screen.getByLabelText('Valid to', { exact: false }), '2026-01-31');
    await user.click(screen.getByRole('button', { name: 'Add availability target' }));
    const availability = row(/^Target 1/);
    await user.type(within(availability).getByRole('textbox', { name: /^Warning/ }), '99.8');
    await user.click(screen.getByRole('button', { name: 'Add response time target' }));
    await user.clear(within(row(/^Target 2/)).getByRole('textbox', { name: /^Respond within/ }));
    await user.click(screen.getByRole('button', { name: 'Add SLA' }));

    expect(await screen.findByText('Service is required: pick the service this SLA is for')).toBeInTheDocument();
    expect(screen.getByText('Name is required')).toBeInTheDocument();
    expect(screen.getByText('Customer is required')).toBeInTheDocument();
    expect(screen.getByText('Valid to must not be before the start of validity')).toBeInTheDocument();
    expect(within(availability).getByText(/^Warning must be above the target \(99.9\)/)).toBeInTheDocument();
    expect(within(row(/^Target 2/)).getByText('Time limit is required')).toBeInTheDocument();
    expect(inputsOf('slas.create')).toEqual([]);
  });

  it('shows the API’s refusal next to the field it names', async () => {
    const { user } = renderForm('/slas/new?serviceId=3', {
      'slas.create': () => {
        throw apiError({ code: 'conflict', message: 'Code: SLA-004 is already used by "Payroll support".', field: 'code' });
      },
    });
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Email for Finance');
    await user.type(screen.getByRole('combobox', { name: /^Customer/ }), 'Finance');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const code = screen.getByRole('textbox', { name: /Code/ });
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(expect.stringContaining('Code: SLA-004 is already used by "Payroll support".'));
  });

  it('edits only what changed, and asks before removing a target with results', async () => {
    const { user, inputsOf, history } = renderForm('/slas/1/edit', {
      'slas.update': (input) => saved({ ...(input.name ? { name: String(input.name) } : {}) }),
      'slas.setTargets': () => saved(),
    });
    const name = await screen.findByRole('textbox', { name: /^Name/ });
    expect(screen.getByText('12 months recorded')).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Email for the Finance team');
    await user.click(screen.getByRole('button', { name: 'Remove Target 1' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete recorded results?' });
    expect(dialog).toHaveTextContent('Availability (12 recorded months)');
    await user.click(within(dialog).getByRole('button', { name: 'Delete results and save' }));

    await waitFor(() => expect(history.at(-1)).toBe('/slas/1'));
    expect(inputsOf('slas.update')).toEqual([{ id: 1, name: 'Email for the Finance team' }]);
    expect(inputsOf('slas.setTargets')).toEqual([
      {
        slaId: 1,
        removeMeasuredTargets: true,
        targets: [{ id: 12, kind: 'resolution', label: null, target: 95, warning: null, priority: 'P1', timeLimitMinutes: 240 }],
      },
    ]);
  });

  it('keeps the target edits when the details saved but the targets did not', async () => {
    const { user, inputsOf, history } = renderForm('/slas/1/edit', {
      'slas.update': () => saved({ customer: 'Finance and Payroll' }),
      'slas.setTargets': () => {
        throw apiError({ code: 'invalid_input', message: 'Label: "Availability" is also the label of target 1.', field: 'targets.2.label' });
      },
    });
    const customer = await screen.findByRole('combobox', { name: /^Customer/ });
    await user.type(customer, ' and Payroll');
    await user.click(screen.getByRole('button', { name: 'Add availability target' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText(/The SLA’s details were saved, but its targets were not/)).toBeInTheDocument();
    expect(within(row(/^Target 3/)).getByText('Label: "Availability" is also the label of target 1.')).toBeInTheDocument();
    expect(history.at(-1)).toBe('/slas/1/edit');

    // Saving again sends only the targets: the details are already saved.
    await user.type(within(row(/^Target 3/)).getByRole('textbox', { name: /^Label/ }), 'Availability of webmail');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(inputsOf('slas.setTargets')).toHaveLength(2));
    expect(inputsOf('slas.update')).toHaveLength(1);
  });
});
