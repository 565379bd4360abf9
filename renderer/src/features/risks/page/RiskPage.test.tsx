import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RiskDetail } from '../../../../../shared/api/risks-api';
import { localToday } from '../../../lib/format';
import { apiError, type FakeHandlers } from '../../../test/fake-api';
import { openInfo, person } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { assessment, matrixInfo, riskDetail, scored } from '../common/test-fixtures';

function renderPage(risk: RiskDetail, handlers: FakeHandlers = {}, path = `/risks/${risk.id}`) {
  let current = risk;
  const fake = renderApp(
    {
      'workspace.info': () => openInfo({ currentPerson: { id: 2, name: 'Daniel Kowalski' } }),
      'risks.get': () => current,
      'riskMatrix.get': () => matrixInfo(),
      'people.list': () => [person({ id: 1, name: 'Priya Shah' }), person({ id: 2, name: 'Daniel Kowalski' })],
      'riskActions.list': () => ({ rows: [], total: 0 }),
      // The page's History section: nothing recorded yet.
      'audit.search': () => ({ entries: [], nextBeforeId: null }),
      'settings.get': () => ({ organisationName: 'Org', currentPersonId: 2 }),
      'risks.appetite': () => ({
        riskId: current.id,
        code: current.code,
        status: current.exceedsAppetite ? 'awaiting-approval' : 'within',
        reason: current.exceedsAppetite
          ? 'Above the risk appetite and to be accepted: the acceptance needs approval.'
          : 'The residual risk is within the risk appetite.',
        current: null,
        history: [],
      }),
      'risks.assess': (input) => {
        current = {
          ...current,
          residual: scored(input.residual.likelihood, input.residual.impact),
          assessments: [
            ...current.assessments,
            assessment({
              id: 99,
              assessedAt: '2026-02-01T09:00:00.000Z',
              assessorName: 'Daniel Kowalski',
              residual: scored(input.residual.likelihood, input.residual.impact),
              rationale: input.rationale,
            }),
          ],
        };
        return current;
      },
      ...handlers,
    },
    { path },
  );
  return fake;
}

describe('Risk page', () => {
  it('shows the scores in band colours, appetite, overdue review, links and the description as a chain', async () => {
    renderPage(
      riskDetail({
        residual: scored(4, 4),
        exceedsAppetite: true,
        target: scored(2, 2),
        nextReviewDate: '2026-01-01',
        reviewOverdue: true,
        supplierId: 5,
        supplierName: 'Contoso',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Ransomware on the file servers' })).toBeInTheDocument();
    const scores = screen.getByRole('group', { name: 'Scores' });
    expect(within(scores).getByLabelText('Inherent 16 High')).toHaveStyle({ background: '#e8590c' });
    expect(within(scores).getByLabelText('Residual 16 High')).toBeInTheDocument();
    expect(within(scores).getByLabelText('Target 4 Low')).toBeInTheDocument();
    expect(within(scores).getByText('Above appetite')).toBeInTheDocument();
    expect(screen.getByText(/^Overdue ·/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'SVC-001 · File storage' })).toHaveAttribute('href', '/services/1');
    expect(screen.getByRole('link', { name: 'Contoso' })).toHaveAttribute('href', '/suppliers/5');
    expect(screen.getByText('Unpatched servers')).toBeInTheDocument();
    expect(screen.getByText('Ransomware encrypts the shares')).toBeInTheDocument();
    expect(screen.getByText('Clinics lose documents')).toBeInTheDocument();
    expect(screen.getByText('Cheaper than the outage')).toBeInTheDocument();
    const appetite = await screen.findByRole('region', { name: /Risk appetite/ });
    expect(within(appetite).getByText('Acceptance needs approval')).toBeInTheDocument();
  });

  it('lists every assessment newest first', async () => {
    const history = Array.from({ length: 32 }, (_, index) =>
      assessment({
        id: index + 1,
        assessedAt: new Date(Date.UTC(2024, 0, 1 + index * 20)).toISOString(),
        residual: scored(1 + (index % 5), 3),
        rationale: `Review ${index + 1}`,
      }),
    );
    renderPage(riskDetail({ assessments: history }));
    const table = await screen.findByRole('table', { name: 'Assessments' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(32);
    expect(rows[0]).toHaveTextContent('Review 32');
    expect(rows[31]).toHaveTextContent('Review 1');
    expect(within(rows[0]!).getByText('2×3')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('v1')).toBeInTheDocument();
    expect(screen.getByText('32 assessments, each scored on the matrix it was made with.')).toBeInTheDocument();
  });

  it('re-assesses: residual picked, assessor defaults to the current person, rationale required; the history gains the row', async () => {
    const { user, inputsOf } = renderPage(riskDetail({ target: scored(2, 2) }));
    await user.click(await screen.findByRole('button', { name: 'Re-assess' }));
    const dialog = await screen.findByRole('dialog', { name: 'Re-assess RSK-007' });
    expect(within(dialog).getByRole('combobox', { name: 'Assessor' })).toHaveValue('Daniel Kowalski');
    expect(within(dialog).getByLabelText(/^Date/)).toHaveValue(localToday());

    await user.click(within(dialog).getByRole('radio', { name: /Likelihood 1 Rare, impact 2 Minor/ }));
    expect(within(dialog).getByLabelText('2 Low')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Record assessment' }));
    expect(await within(dialog).findByText('Rationale is required')).toBeInTheDocument();
    expect(inputsOf('risks.assess')).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: /Rationale/ }), 'Immutable backups in place');
    await user.click(within(dialog).getByRole('button', { name: 'Record assessment' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(inputsOf('risks.assess')).toEqual([
      {
        id: 7,
        inherent: { likelihood: 4, impact: 4 },
        residual: { likelihood: 1, impact: 2 },
        rationale: 'Immutable backups in place',
        assessorId: 2,
        assessedOn: localToday(),
      },
    ]);
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'Scores' })).getByLabelText('Residual 2 Low')).toBeInTheDocument());
    const rows = within(screen.getByRole('table', { name: 'Assessments' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Immutable backups in place');
  });

  it('shows the API refusal of a date beside the date field', async () => {
    const message = 'Assessed on: 2099-01-01 is in the future; record assessments when they are made.';
    const { user } = renderPage(riskDetail(), {
      'risks.assess': () => {
        throw apiError({ code: 'invalid_input', message, field: 'assessedOn' });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Re-assess' }));
    const dialog = await screen.findByRole('dialog', { name: 'Re-assess RSK-007' });
    await user.type(within(dialog).getByRole('textbox', { name: /Rationale/ }), 'Quarterly review');
    await user.click(within(dialog).getByRole('button', { name: 'Record assessment' }));
    const date = within(dialog).getByLabelText(/^Date/);
    await waitFor(() => expect(date).toHaveAccessibleDescription(expect.stringContaining(message)));
  });

  it('opens the re-assessment from ?reassess=1 and asks for the inherent score of an unscored risk', async () => {
    const { user, inputsOf } = renderPage(riskDetail({ inherent: null, residual: null, assessments: [], status: 'identified' }), {}, '/risks/7?reassess=1');
    const dialog = await screen.findByRole('dialog', { name: 'Re-assess RSK-007' });
    await user.type(within(dialog).getByRole('textbox', { name: /Rationale/ }), 'First look');
    await user.click(within(dialog).getByRole('button', { name: 'Record assessment' }));
    expect(await within(dialog).findByText('Inherent: pick a likelihood × impact cell')).toBeInTheDocument();
    expect(within(dialog).getByText('Residual: pick a likelihood × impact cell')).toBeInTheDocument();
    expect(inputsOf('risks.assess')).toEqual([]);
  });

  it('deletes after a confirmation naming the risk, and keeps a refusal in the dialog', async () => {
    const refusal =
      'RSK-007 Ransomware on the file servers cannot be deleted: it has 1 assessment, which are evidence for audits. Set its status to closed instead.';
    const { user, inputsOf } = renderPage(riskDetail(), {
      'risks.delete': () => {
        throw apiError({ code: 'conflict', message: refusal });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete RSK-007 Ransomware on the file servers?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete risk' }));
    expect(await within(dialog).findByText(refusal)).toBeInTheDocument();
    // Said once, in the dialog, not again in a notification.
    expect(screen.getAllByText(refusal)).toHaveLength(1);
    expect(inputsOf('risks.delete')).toEqual([{ id: 7 }]);
  });

  it('says so when the risk does not exist', async () => {
    renderPage(riskDetail(), {
      'risks.get': () => {
        throw apiError({ code: 'not_found', message: 'Risk: there is no risk with id 7.' });
      },
    });
    expect(await screen.findByText('There is no risk #7')).toBeInTheDocument();
  });
});
