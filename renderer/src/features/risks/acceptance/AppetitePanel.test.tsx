import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RiskAppetiteInfo } from '../../../../../shared/api/risk-acceptance-api';
import { ApiProvider } from '../../../api/ApiProvider';
import { apiError, createFakeApi, type FakeHandlers } from '../../../test/fake-api';
import { person } from '../../../test/fixtures';
import { AppetitePanel } from './AppetitePanel';

const awaiting: RiskAppetiteInfo = {
  riskId: 4,
  code: 'RSK-004',
  status: 'awaiting-approval',
  reason: 'Above the risk appetite and to be accepted: the acceptance needs approval.',
  current: null,
  history: [],
};

const approval = {
  id: 1,
  approverId: 2,
  approverName: 'Hana Head',
  approvedOn: '2026-11-20',
  expiresOn: '2027-05-31',
  rationale: 'Replacement funded for next year',
  approvedPosition: { likelihood: 4, impact: 4, score: 16, band: 'High', bandRank: 2, colour: '#f08c00' },
  matrixVersion: 1,
  revokedOn: null,
  revokeReason: null,
};

function renderPanel(handlers: FakeHandlers) {
  const fake = createFakeApi({
    'people.list': () => [person({ id: 2, name: 'Hana Head', role: 'Head of IT' }), person({ id: 3, name: 'Ola Owner' })],
    'settings.get': () => ({ organisationName: 'Org', currentPersonId: 2 }),
    ...handlers,
  });
  render(
    <MantineProvider env="test">
      <Notifications />
      <ApiProvider api={fake.api}>
        <AppetitePanel riskId={4} riskLabel="RSK-004 Legacy payroll server" />
      </ApiProvider>
    </MantineProvider>,
  );
  return { ...fake, user: userEvent.setup() };
}

describe('AppetitePanel', () => {
  it('says the acceptance needs approval and records one by the person chosen as "I am"', async () => {
    let info = awaiting;
    const { user, inputsOf } = renderPanel({
      'risks.appetite': () => info,
      'risks.approveAcceptance': () => {
        info = {
          ...awaiting,
          status: 'accepted',
          reason: 'Above the risk appetite; acceptance approved on 2026-11-20 until 2027-05-31.',
          current: approval,
          history: [approval],
        };
        return info;
      },
    });
    expect(await screen.findByText('Acceptance needs approval')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Approve acceptance' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve the acceptance' });
    await waitFor(() => expect(within(dialog).getByLabelText(/^Approver/, { selector: 'input' })).toHaveValue('Hana Head (Head of IT)'));
    await user.type(within(dialog).getByLabelText('Expires on'), '2027-05-31');
    await user.click(within(dialog).getByRole('button', { name: 'Approve acceptance' }));
    expect(within(dialog).getByText('Rationale is required')).toBeInTheDocument();
    expect(inputsOf('risks.approveAcceptance')).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: 'Rationale' }), 'Replacement funded for next year');
    await user.click(within(dialog).getByRole('button', { name: 'Approve acceptance' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(inputsOf('risks.approveAcceptance')).toEqual([
      {
        riskId: 4,
        approverId: 2,
        approvedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        expiresOn: '2027-05-31',
        rationale: 'Replacement funded for next year',
      },
    ]);
    expect(await screen.findByText('Acceptance approved')).toBeInTheDocument();
    expect(screen.getByText(/Approved by Hana Head on .* at residual score 16 \(High\)/)).toBeInTheDocument();
  });

  it('shows the host’s refusal under the field it names and keeps the dialog open', async () => {
    const { user } = renderPanel({
      'risks.appetite': () => awaiting,
      'risks.approveAcceptance': () => {
        throw apiError({
          code: 'invalid_input',
          message: 'Approved on: 2030-01-01 is in the future; record approvals when they are given.',
          field: 'approvedOn',
        });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Approve acceptance' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve the acceptance' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Rationale' }), 'Because');
    await user.click(within(dialog).getByRole('button', { name: 'Approve acceptance' }));
    expect(await within(dialog).findByText('Approved on: 2030-01-01 is in the future; record approvals when they are given.')).toBeInTheDocument();
  });

  it('offers no approval within the appetite and revokes one in force with a reason', async () => {
    const { user, inputsOf } = renderPanel({
      'risks.appetite': () => ({ ...awaiting, status: 'accepted', reason: 'Accepted.', current: approval, history: [approval] }),
      'risks.revokeAcceptance': () => ({ ...awaiting, history: [{ ...approval, revokedOn: '2026-11-24', revokeReason: 'Board asked for treatment' }] }),
    });
    await user.click(await screen.findByRole('button', { name: 'Revoke' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke the acceptance?' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Board asked for treatment');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(inputsOf('risks.revokeAcceptance')).toEqual([{ riskId: 4, reason: 'Board asked for treatment' }]));
  });

  it('has nothing to approve for a risk within the appetite', async () => {
    renderPanel({ 'risks.appetite': () => ({ ...awaiting, status: 'within', reason: 'The residual risk is within the risk appetite.' }) });
    expect(await screen.findByText('Within appetite')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();
  });
});
