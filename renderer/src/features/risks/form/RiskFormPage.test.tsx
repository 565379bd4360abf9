import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RiskDetail } from '../../../../../shared/api/risks-api';
import { apiError, type FakeHandlers } from '../../../test/fake-api';
import { openInfo, person } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { matrixInfo, riskDetail } from '../common/test-fixtures';
import { supplier } from '../../../test/catalogue-fixtures';
import { serviceSummary } from '../../services/test-fixtures';

function renderForm(path: string, handlers: FakeHandlers = {}) {
  return renderApp(
    {
      'workspace.info': () => openInfo({ currentPerson: { id: 2, name: 'Daniel Kowalski' } }),
      'risks.suggestCode': () => ({ code: 'RSK-001' }),
      'risks.get': ({ id }) => riskDetail({ id }),
      'riskMatrix.get': () => matrixInfo(),
      'risks.facets': () => ({ categories: ['Security', 'Suppliers'], owners: [], suppliers: [] }),
      'people.list': () => [person({ id: 1, name: 'Priya Shah' }), person({ id: 2, name: 'Daniel Kowalski' })],
      'services.list': () => ({
        rows: [serviceSummary({ id: 1, code: 'SVC-001', name: 'File storage' }), serviceSummary({ id: 2, code: 'SVC-002', name: 'Email' })],
        total: 2,
      }),
      'suppliers.list': () => [supplier({ id: 5, name: 'Contoso Networks' })],
      ...handlers,
    },
    { path },
  );
}

// The descriptor-derived schema types its inputs loosely (unknown); the form sends text here.
const created = (input: { code?: unknown; title: unknown }) =>
  riskDetail({ id: 12, code: (input.code as string | undefined) ?? 'RSK-001', title: String(input.title) });

describe('Risk form', () => {
  it('creates a risk with the suggested code, the current person as owner and a first assessment', async () => {
    const { user, inputsOf, history } = renderForm('/risks/new', { 'risks.create': (input) => created(input) });

    expect(await screen.findByRole('textbox', { name: /Code/ })).toHaveValue('RSK-001');
    expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveValue('Daniel Kowalski');
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Ransomware on the file servers');
    await user.type(screen.getByRole('textbox', { name: /^Cause/ }), 'Unpatched servers');
    await user.click(screen.getByRole('combobox', { name: 'Services' }));
    await user.click(await screen.findByRole('option', { name: 'SVC-001 File storage' }));

    const inherent = screen.getByRole('radiogroup', { name: 'Inherent: likelihood × impact' });
    const residual = screen.getByRole('radiogroup', { name: 'Residual: likelihood × impact' });
    await user.click(within(inherent).getByRole('radio', { name: /Likelihood 4 Likely, impact 4 Major/ }));
    await user.click(within(residual).getByRole('radio', { name: /Likelihood 3 Possible, impact 3 Moderate/ }));
    // The score and band show as the cell is picked.
    expect(within(screen.getByRole('region', { name: 'First assessment' })).getByLabelText('16 High')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'First assessment' })).getByLabelText('9 Medium')).toBeInTheDocument();
    await user.click(screen.getByText('Mitigate'));
    await user.click(screen.getByRole('button', { name: 'Add risk' }));

    await waitFor(() => expect(history.at(-1)).toBe('/risks/12'));
    expect(inputsOf('risks.create')).toEqual([
      {
        code: 'RSK-001',
        title: 'Ransomware on the file servers',
        cause: 'Unpatched servers',
        event: '',
        consequence: '',
        category: '',
        ownerId: 2,
        serviceIds: [1],
        supplierId: null,
        controls: '',
        treatment: 'mitigate',
        treatmentRationale: '',
        nextReviewDate: '',
        inherent: { likelihood: 4, impact: 4 },
        residual: { likelihood: 3, impact: 3 },
      },
    ]);
    expect(history).not.toContain('/risks/new');
  }, 60_000); // types four fields key by key: slow on a loaded machine, not a timing check

  it('validates with the API schema, first message per field, before sending', async () => {
    const { user, inputsOf } = renderForm('/risks/new');
    const code = await screen.findByRole('textbox', { name: /Code/ });
    await user.clear(code);
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Inherent: likelihood × impact' })).getByRole('radio', { name: /Likelihood 2 Unlikely, impact 2 Minor/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Add risk' }));

    expect(await screen.findByText('Title is required')).toBeInTheDocument();
    expect(screen.getByText('Code is required')).toBeInTheDocument();
    expect(screen.getByText('Residual is required with the inherent score (a first assessment has both)')).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Residual: likelihood × impact' })).toHaveAttribute('aria-invalid', 'true');
    expect(inputsOf('risks.create')).toEqual([]);
  });

  it('shows a duplicate code from the API under Code', async () => {
    const message = 'Code: RSK-001 is already used by "Power loss".';
    const { user } = renderForm('/risks/new', {
      'risks.create': () => {
        throw apiError({ code: 'conflict', message, field: 'code' });
      },
    });
    const code = await screen.findByRole('textbox', { name: /Code/ });
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Another risk');
    await user.click(screen.getByRole('button', { name: 'Add risk' }));

    await waitFor(() => expect(code).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(code).toHaveAttribute('aria-invalid', 'true');
  });

  it('edits only the changed fields and leaves the scores to re-assessment', async () => {
    const { user, inputsOf, history } = renderForm('/risks/7/edit', { 'risks.update': (input) => ({ ...riskDetail(), ...input }) as RiskDetail });
    const title = await screen.findByRole('textbox', { name: /Title/ });
    expect(title).toHaveValue('Ransomware on the file servers');
    // Scores are shown, not edited.
    expect(screen.queryByRole('radiogroup', { name: /likelihood × impact/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Re-assess' })).toHaveAttribute('href', '/risks/7?reassess=1');

    await user.clear(title);
    await user.type(title, 'Ransomware on clinical file servers');
    await user.click(screen.getByRole('combobox', { name: 'Supplier' }));
    await user.click(await screen.findByRole('option', { name: 'Contoso Networks' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(history.at(-1)).toBe('/risks/7'));
    expect(inputsOf('risks.update')).toEqual([{ id: 7, title: 'Ransomware on clinical file servers', supplierId: 5 }]);
  });

  it('shows an API refusal of a supplier under Supplier', async () => {
    const message = 'Supplier: there is no supplier with id 5.';
    const { user } = renderForm('/risks/7/edit', {
      'risks.update': () => {
        throw apiError({ code: 'not_found', message, field: 'supplierId' });
      },
    });
    const supplier = await screen.findByRole('combobox', { name: 'Supplier' });
    await user.click(supplier);
    await user.click(await screen.findByRole('option', { name: 'Contoso Networks' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(supplier).toHaveAccessibleDescription(expect.stringContaining(message)));
  });

  it('asks before throwing away typing on Cancel or Esc', async () => {
    const { user, history } = renderForm('/risks/new');
    await user.type(await screen.findByRole('textbox', { name: /Title/ }), 'Half-typed risk');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    expect(within(dialog).getByText('The changes you made to this risk have not been saved.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('Half-typed risk');
    expect(history.at(-1)).toBe('/risks/new');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(history.at(-1)).toBe('/risks'));
  });

  it('starts linked to the service it was raised from', async () => {
    const { user, inputsOf } = renderForm('/risks/new?service=2', { 'risks.create': (input) => created(input) });
    await user.type(await screen.findByRole('textbox', { name: /Title/ }), 'Mail relay blacklisted');
    await user.click(screen.getByRole('button', { name: 'Add risk' }));
    await waitFor(() => expect(inputsOf('risks.create')).toHaveLength(1));
    expect(inputsOf('risks.create')[0]).toMatchObject({ serviceIds: [2], status: 'identified' });
  });
});
